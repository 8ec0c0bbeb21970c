#!/usr/bin/env python3
"""Draws the icons of the product's welcome page (bundles/org.tactician.app/icons/welcome/).

  open-sample  a filled plan: a page with bars in the colours of the RACE stages
  new-plan     an empty page with a green plus
  user-guide   a blue disc with a question mark

Each is drawn at 64 px and written as <name>@2x.png (64 px, for HiDPI screens, which SWT picks
by that name) and <name>.png (32 px). Needs ImageMagick and the DejaVu fonts; the output is
deterministic (no timestamps), so re-running it leaves git status unchanged.

Usage: python3 releng/icons/make-welcome-icons.py
"""
import pathlib
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "bundles/org.tactician.app/icons/welcome"
SLATE = "#455a64"
# RACE stages, as in the help's style sheet: Reach, Act, Convert, Engage.
STAGES = ["#1e6fc9", "#2e7d32", "#d98200", "#8e24aa"]

PAGE = [
    "-fill", "white", "-stroke", SLATE, "-strokewidth", "3",
    "-draw", "path 'M 12,4 L 40,4 L 52,16 L 52,60 L 12,60 Z'",
    "-fill", "#cfd8dc", "-draw", "path 'M 40,4 L 40,16 L 52,16 Z'",
]


def sample():
    bars = []
    for i, colour in enumerate(STAGES):
        y = 24 + i * 8
        width = [30, 24, 18, 26][i]
        bars += ["-stroke", "none", "-fill", colour, "-draw", f"roundrectangle 18,{y} {18 + width},{y + 4} 2,2"]
    return PAGE + bars


def new_plan():
    return PAGE + [
        "-stroke", "white", "-strokewidth", "2", "-fill", "#2e7d32", "-draw", "circle 46,46 46,30",
        "-stroke", "none", "-fill", "white",
        "-draw", "rectangle 44,37 48,55", "-draw", "rectangle 37,44 55,48",
    ]


def user_guide():
    return [
        "-fill", "#1e6fc9", "-stroke", "none", "-draw", "circle 32,32 32,3",
        "-fill", "white", "-font", "DejaVu-Sans-Bold", "-pointsize", "42",
        "-gravity", "center", "-annotate", "+0+1", "?",
    ]


def draw(name, commands):
    big = OUT / f"{name}@2x.png"
    small = OUT / f"{name}.png"
    common = ["-strip", "-define", "png:exclude-chunks=date,time"]
    subprocess.run(["convert", "-size", "64x64", "xc:none", *commands, *common, f"PNG32:{big}"], check=True)
    subprocess.run(["convert", str(big), "-resize", "32x32", *common, f"PNG32:{small}"], check=True)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    draw("open-sample", sample())
    draw("new-plan", new_plan())
    draw("user-guide", user_guide())


if __name__ == "__main__":
    main()
