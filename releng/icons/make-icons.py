#!/usr/bin/env python3
"""Draws the icons of the plan-model item providers from tactician.ecore.

One icon per concrete EClass, coloured by the plan section that contains the class and marked
with the initials of its name: a rounded square for containers, a disc for leaf elements.
Writes, under bundles/org.tactician.model.edit/icons/full/:
  obj16/<Class>.gif  16 px, the file EMF's item providers load (their key has no extension,
                     and EMF's ResourceLocator then appends ".gif")
  obj16/<Class>.png  16 px, and obj32/<Class>.png 32 px, for UIs, diagrams and documents.
Needs ImageMagick (apt-get install -y imagemagick) and the DejaVu fonts. Output is
deterministic (no timestamps), so re-running it leaves git status unchanged.

Usage: python3 releng/icons/make-icons.py
"""
import pathlib
import subprocess
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parents[2]
ECORE = ROOT / "bundles/org.tactician.model/model/tactician.ecore"
ICONS = ROOT / "bundles/org.tactician.model.edit/icons/full"
XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"
FONT = "DejaVu-Sans-Bold"

# Section roots and their colours (RACE sections of the plan).
SECTIONS = {
    "OpportunitySection": "#1f6fb2",  # Opportunity: blue
    "StrategySection": "#7b3fa0",     # Strategy: purple
    "ActionSection": "#d9822b",       # Action: orange
    "OperationsSection": "#2e8b57",   # Operations: green
    "CustomerJourney": "#00897b",     # Customer journey: teal
}
CORE = "#455a64"                      # plan, team, channels: slate


def load_classes():
    root = ET.parse(ECORE).getroot()
    classes = {}
    for classifier in root.findall("eClassifiers"):
        if classifier.get(XSI_TYPE) != "ecore:EClass":
            continue
        name = classifier.get("name")
        supers = [s.split("//")[-1] for s in classifier.get("eSuperTypes", "").split()]
        contained = []
        for feature in classifier.findall("eStructuralFeatures"):
            if feature.get("containment") == "true":
                contained.append(feature.get("eType").split("//")[-1])
        classes[name] = {
            "abstract": classifier.get("abstract") == "true" or classifier.get("interface") == "true",
            "supers": supers,
            "contained": contained,
        }
    return classes


def subclasses(classes, name):
    result = {name}
    changed = True
    while changed:
        changed = False
        for other, info in classes.items():
            if other not in result and any(s in result for s in info["supers"]):
                result.add(other)
                changed = True
    return result


def colours(classes):
    """Colour of each class: that of the first section whose containment tree holds it."""
    colour = {}
    for section, value in SECTIONS.items():
        todo = [section]
        while todo:
            name = todo.pop()
            for concrete in subclasses(classes, name):
                if concrete in colour:
                    continue
                colour[concrete] = value
                for parent in [concrete] + classes[concrete]["supers"]:
                    todo.extend(classes.get(parent, {"contained": []})["contained"])
    return colour


def initials(name):
    letters = [c for c in name if c.isupper()]
    return "".join(letters[:2]) if len(letters) > 1 else name[:2].capitalize()


def draw(target, size, fill, text, container):
    target.parent.mkdir(parents=True, exist_ok=True)
    last = size - 1
    if container:
        shape = ["-draw", f"roundrectangle 0,0 {last},{last} {size // 5},{size // 5}"]
    else:
        shape = ["-draw", f"circle {last / 2},{last / 2} {last / 2},0"]
    glyph = text[0] if size <= 16 else text
    point = {16: 11, 32: 15}[size] if len(glyph) > 1 else {16: 11, 32: 20}[size]
    command = ["convert", "-size", f"{size}x{size}", "xc:none", "-fill", fill, *shape,
               "-font", FONT, "-pointsize", str(point), "-fill", "white", "-gravity", "center",
               "-annotate", "+0+0", glyph, "-strip"]
    if target.suffix == ".png":
        command += ["-define", "png:exclude-chunks=date,time"]
    subprocess.run(command + [str(target)], check=True)


def main():
    classes = load_classes()
    colour = colours(classes)
    count = 0
    for name, info in sorted(classes.items()):
        if info["abstract"]:
            continue
        fill = colour.get(name, CORE)
        container = any(classes.get(c) for c in info["contained"])
        text = initials(name)
        draw(ICONS / "obj16" / f"{name}.gif", 16, fill, text, container)
        draw(ICONS / "obj16" / f"{name}.png", 16, fill, text, container)
        draw(ICONS / "obj32" / f"{name}.png", 32, fill, text, container)
        count += 1
    print(f"make-icons: drew {count} icons under {ICONS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
