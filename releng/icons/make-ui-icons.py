#!/usr/bin/env python3
"""Draws the workbench's own icons (bundles/org.tactician.ui/icons/) with ImageMagick.

Each is drawn at 64 px and scaled down: 16 px for menus, tool bars and views, 75x66 banners
(wizban/) for the wizards.
  validate          a tick in a green disc (Validate Plan)
  new-plan          a plan page with a green plus (New Marketing Plan)
  new-project       a folder with the RACE bars (New Tactician Project)
  generate          a plan page with a blue arrow out of it (Generate Documents)
  calendar          a calendar sheet (Plan Calendar view)
  calendar-month    a month grid, calendar-quarter: timeline bars (the calendar's two layouts)
  dashboard         bars in the RACE colours (Plan Dashboard view)
  export            a picture with an arrow (export a chart as PNG or SVG)
  nature-overlay    the 7x8 badge of a Tactician project in the Project Explorer
The plan icon (plan16.png) is the model's MarketingPlan icon (make-icons.py). Needs ImageMagick;
the output is deterministic (no timestamps), so re-running it leaves git status unchanged.

Usage: python3 releng/icons/make-ui-icons.py
"""
import pathlib
import shutil
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "bundles/org.tactician.ui/icons"
SLATE = "#455a64"
# RACE stages, as in the help's style sheet and the welcome icons: Reach, Act, Convert, Engage.
REACH, ACT, CONVERT, ENGAGE = "#1e6fc9", "#2e7d32", "#d98200", "#8e24aa"
PNG = ["-strip", "-define", "png:exclude-chunks=date,time"]

PAGE = ["-fill", "white", "-stroke", SLATE, "-strokewidth", "4",
        "-draw", "path 'M 12,4 L 40,4 L 52,16 L 52,60 L 12,60 Z'",
        "-fill", "#cfd8dc", "-draw", "path 'M 40,4 L 40,16 L 52,16 Z'"]
BARS = ["-stroke", "none",
        "-fill", REACH, "-draw", "roundrectangle 18,24 46,28 2,2",
        "-fill", ACT, "-draw", "roundrectangle 18,32 40,36 2,2",
        "-fill", CONVERT, "-draw", "roundrectangle 18,40 34,44 2,2",
        "-fill", ENGAGE, "-draw", "roundrectangle 18,48 42,52 2,2"]
PLUS = ["-fill", "#2e8b57", "-stroke", "white", "-strokewidth", "2", "-draw", "circle 46,46 46,30",
        "-stroke", "white", "-strokewidth", "6", "-draw", "line 46,37 46,55", "-draw", "line 37,46 55,46"]
FOLDER = ["-fill", "#f2b530", "-stroke", "#a86f00", "-strokewidth", "3",
          "-draw", "path 'M 4,14 L 24,14 L 30,20 L 60,20 L 60,56 L 4,56 Z'"]
ARROW = ["-stroke", "white", "-strokewidth", "10", "-fill", "none", "-draw", "line 34,40 58,40",
         "-stroke", REACH, "-strokewidth", "6", "-draw", "line 34,40 54,40",
         "-fill", REACH, "-stroke", "none", "-draw", "path 'M 50,28 L 62,40 L 50,52 Z'"]

ICONS = {
    "validate": ["-fill", "#2e8b57", "-draw", "circle 32,32 32,4",
                 "-stroke", "white", "-strokewidth", "8", "-fill", "none", "-draw", "polyline 18,33 28,44 47,22"],
    "new-plan": PAGE + BARS + PLUS,
    "new-project": FOLDER + BARS,
    "generate": PAGE + BARS + ARROW,
    "calendar": ["-fill", "white", "-stroke", SLATE, "-strokewidth", "4", "-draw", "roundrectangle 6,10 58,58 4,4",
                 "-fill", "#e15759", "-stroke", "none", "-draw", "roundrectangle 6,10 58,24 4,4",
                 "-draw", "rectangle 6,18 58,24",
                 "-fill", SLATE, "-draw", "rectangle 16,4 22,16", "-draw", "rectangle 42,4 48,16",
                 "-fill", REACH, "-draw", "rectangle 14,30 24,38", "-fill", ACT, "-draw", "rectangle 28,30 38,38",
                 "-fill", CONVERT, "-draw", "rectangle 42,30 52,38", "-fill", ENGAGE, "-draw", "rectangle 14,44 24,52",
                 "-fill", "#9aa5ad", "-draw", "rectangle 28,44 38,52", "-draw", "rectangle 42,44 52,52"],
    "calendar-month": ["-fill", "white", "-stroke", SLATE, "-strokewidth", "4", "-draw", "rectangle 6,8 58,58",
                       "-strokewidth", "3", "-draw", "line 6,20 58,20", "-draw", "line 6,33 58,33",
                       "-draw", "line 6,46 58,46", "-draw", "line 23,20 23,58", "-draw", "line 41,20 41,58",
                       "-fill", REACH, "-stroke", "none", "-draw", "rectangle 25,35 39,44"],
    "calendar-quarter": ["-fill", "white", "-stroke", SLATE, "-strokewidth", "4", "-draw", "rectangle 4,8 60,58",
                         "-stroke", "none", "-fill", REACH, "-draw", "roundrectangle 10,16 40,24 3,3",
                         "-fill", CONVERT, "-draw", "roundrectangle 22,30 56,38 3,3",
                         "-fill", ENGAGE, "-draw", "roundrectangle 14,44 34,52 3,3"],
    "dashboard": ["-stroke", SLATE, "-strokewidth", "4", "-draw", "line 6,58 60,58", "-draw", "line 6,6 6,58",
                  "-stroke", "none", "-fill", REACH, "-draw", "rectangle 12,30 22,56",
                  "-fill", ACT, "-draw", "rectangle 26,18 36,56", "-fill", CONVERT, "-draw", "rectangle 40,36 50,56",
                  "-fill", ENGAGE, "-draw", "rectangle 52,10 60,56"],
    "export": ["-fill", "white", "-stroke", SLATE, "-strokewidth", "4", "-draw", "rectangle 4,10 50,54",
               "-fill", ACT, "-stroke", "none", "-draw", "path 'M 8,50 L 22,30 L 32,42 L 38,34 L 46,50 Z'",
               "-fill", "#f2b530", "-draw", "circle 38,20 38,15",
               "-stroke", "white", "-strokewidth", "10", "-draw", "line 40,48 58,30",
               "-stroke", REACH, "-strokewidth", "6", "-draw", "line 40,48 54,34",
               "-fill", REACH, "-stroke", "none", "-draw", "path 'M 46,26 L 62,26 L 62,42 Z'"],
}
BANNERS = {"new-plan": PAGE + BARS + PLUS, "new-project": FOLDER + BARS, "generate": PAGE + BARS + ARROW}


def convert(*args):
    subprocess.run(["convert", *args], check=True)


def main():
    (OUT / "wizban").mkdir(parents=True, exist_ok=True)
    for name, drawing in ICONS.items():
        convert("-size", "64x64", "xc:none", *drawing, "-resize", "16x16", *PNG, str(OUT / f"{name}.png"))
    convert("-size", "7x8", "xc:none", "-fill", CONVERT, "-draw", "rectangle 0,0 6,7",
            "-fill", "white", "-draw", "rectangle 1,1 5,2", "-draw", "rectangle 3,1 3,6", *PNG,
            str(OUT / "nature-overlay.png"))
    with tempfile.TemporaryDirectory() as scratch:
        for name, drawing in BANNERS.items():
            picture = pathlib.Path(scratch) / f"{name}.png"
            convert("-size", "64x64", "xc:none", *drawing, "-resize", "56x56", str(picture))
            convert("-size", "75x66", "xc:none", str(picture), "-geometry", "+10+5", "-composite", *PNG,
                    str(OUT / "wizban" / f"{name}.png"))
    shutil.copyfile(ROOT / "bundles/org.tactician.model.edit/icons/full/obj16/MarketingPlan.png", OUT / "plan16.png")


if __name__ == "__main__":
    main()
