"""The dev wiki: identity, stability and size of a wiki built from every dev article and page.

    .venv/bin/python benchmarks/wiki.py                # build it four ways, audit, compare
    .venv/bin/python benchmarks/wiki.py --audit DIR    # audit a wiki folder already built

Builds the wiki of the 85 dev articles and the 58 dev web pages (../shared/eval) with
`briefing batch --wiki`: in input order with 1 worker, in reverse order with 2 workers,
the first again on top of itself, and again a day later (another --date). Reports:
- whether the trees are byte-identical (and, a day apart, whether every page kept its name);
- actor pages titled by a generic word alone, and actor pages holding two people's full names;
- place pages joining different countries; page names used in more than one folder;
- the same person (full name) or the same place (country and point) on several pages;
- `mkdocs build --strict` of the wiki: its time, its warnings and the site's size.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from briefing.data import load
from briefing.extract.names import person_key
from briefing.wiki import read_front_matter

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
GROUP_WORDS = frozenset(load("actors.json")["group_heads"]) | frozenset(
    load("actors.json")["agentive_heads"]
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--audit", type=Path, help="only audit this wiki folder")
    args = parser.parse_args()
    if args.audit:
        report(audit(args.audit))
        print(mkdocs(args.audit))
        return 0
    if not (EVAL / "articles" / "dev").is_dir():
        print("../shared/eval not found: this benchmark needs it", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        inbox = Path(tmp) / "in"
        inputs = collect(inbox)
        runs = {
            "in order, 1 worker": (inputs, 1, "2026-06-09T14:30:00Z", "a"),
            "reversed, 2 workers": (inputs[::-1], 2, "2026-06-09T14:30:00Z", "b"),
            "in order again, same folder": (inputs, 1, "2026-06-09T14:30:00Z", "a"),
            "a day later, same folder": (inputs, 2, "2026-06-10T14:30:00Z", "a"),
        }
        trees = {}
        for label, (files, workers, date, name) in runs.items():
            wiki = Path(tmp) / name
            started = time.perf_counter()
            batch(files, Path(tmp) / f"out-{len(trees)}", wiki, workers, date)
            print(f"{label}: {time.perf_counter() - started:.0f} s", flush=True)
            trees[label] = snapshot(wiki)
        first = trees["in order, 1 worker"]
        print()
        print("| run | byte-identical to the first | every page kept its name |")
        print("|---|---|---|")
        for label, tree in trees.items():
            same = "yes" if tree == first else f"no ({differences(first, tree)} files differ)"
            names = "yes" if set(tree) == set(first) else f"no ({len(set(tree) ^ set(first))})"
            print(f"| {label} | {same} | {names} |")
        print()
        report(audit(Path(tmp) / "a"))
        print(mkdocs(Path(tmp) / "a"))
    return 0


def collect(inbox: Path) -> list[str]:
    """The dev articles as they are and the dev pages unzipped, in a fixed order."""
    inbox.mkdir(parents=True)
    files = sorted(str(p) for p in (EVAL / "articles" / "dev").glob("*.txt"))
    for page in sorted((EVAL / "web" / "pages").glob("*.html.gz")):
        target = inbox / page.name.removesuffix(".gz")
        target.write_bytes(gzip.decompress(page.read_bytes()))
        files.append(str(target))
    return files


def batch(files: list[str], out: Path, wiki: Path, workers: int, date: str) -> None:
    briefing = Path(sys.executable).with_name("briefing")
    command = [str(briefing), "batch", *files, "-o", str(out), "-q"]
    command += ["--wiki", str(wiki), "-w", str(workers), "--date", date]
    run = subprocess.run(command, stderr=subprocess.PIPE, text=True)
    if run.returncode != 0:
        raise SystemExit(f"briefing batch failed: {run.stderr.strip().splitlines()[-1:]}")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    }


def differences(a: dict[str, bytes], b: dict[str, bytes]) -> int:
    return sum(1 for name in set(a) | set(b) if a.get(name) != b.get(name))


def audit(wiki: Path) -> dict[str, list[str]]:
    """What is wrong with a wiki's identities, as lists of examples per finding."""
    found: dict[str, list[str]] = defaultdict(list)
    items: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for page in sorted((wiki / "briefs").glob("*.md")):
        meta = read_front_matter(page) or {}
        for section in ("actors", "places"):
            for item in meta.get(section) or []:
                if item.get("page"):
                    items[(section, item["page"])].append(item)
    titles = {}
    for section in ("actors", "places"):
        for path in sorted((wiki / section).glob("*.md")):
            meta = read_front_matter(path)
            if meta and path.stem != "index":
                titles[(section, path.stem)] = str(meta.get("title", ""))
    people: dict[str, set[str]] = defaultdict(set)
    points: dict[tuple, set[str]] = defaultdict(set)
    for (section, slug), title in titles.items():
        named = items.get((section, slug), [])
        if section == "actors":
            bare = re.sub(r"\s*\(.*\)$", "", title)
            qualified = bare != title
            words = bare.lower().removeprefix("the ").split()
            if not qualified and (
                bare == bare.lower() or (len(words) == 1 and words[0] in GROUP_WORDS)
            ):
                found["actor pages titled by a generic word alone"].append(title)
            full = {person_key(i["name"]) for i in named if i.get("kind") == "person"}
            full = {f for f in full if len(f.split()) >= 2}
            for name in full:
                people[name].add(slug)
            apart = [
                (a, b)
                for a in full
                for b in full
                if a < b
                and not (set(a.split()) <= set(b.split()) or set(b.split()) <= set(a.split()))
            ]
            if apart:
                found["actor pages holding two people's full names"].append(f"{slug}: {apart[0]}")
            keys = {re.sub(r"\W+", " ", i["name"].lower()).strip() for i in named}
            if any(not set(a.split()) & set(b.split()) for a in keys for b in keys if a < b):
                found["actor pages joining names that share no word"].append(
                    f"{slug}: {sorted(keys)[:4]}"
                )
        else:
            countries = {i.get("country") for i in named if i.get("country")}
            if len(countries) > 1:
                found["place pages joining different countries"].append(f"{slug}: {countries}")
            for i in named:
                if i.get("lat") is not None and i.get("kind") != "facility":
                    points[(i.get("country"), round(i["lat"], 2), round(i["lon"], 2))].add(slug)
    for name, slugs in people.items():
        if len(slugs) > 1:
            found["one person (full name) on several pages"].append(f"{name}: {sorted(slugs)}")
    for slugs in points.values():
        if len(slugs) > 1:
            found["one place (country and point) on several pages"].append(f"{sorted(slugs)}")
    stems: dict[str, list[str]] = defaultdict(list)
    for path in wiki.rglob("*.md"):
        stems[path.stem.lower()].append(str(path.relative_to(wiki)))
    for stem, paths in stems.items():
        if len(paths) > 1:
            found["page names in more than one folder"].append(f"{stem}: {sorted(paths)}")
    found["(pages)"] = [f"{len(titles)} entity pages"]
    return found


def report(found: dict[str, list[str]]) -> None:
    print("| finding | count | examples |")
    print("|---|---:|---|")
    for name in (
        "actor pages titled by a generic word alone",
        "actor pages holding two people's full names",
        "actor pages joining names that share no word",
        "place pages joining different countries",
        "one person (full name) on several pages",
        "one place (country and point) on several pages",
        "page names in more than one folder",
    ):
        examples = "; ".join(found.get(name, [])[:3]).replace("|", "/")
        print(f"| {name} | {len(found.get(name, []))} | {examples} |")
    print(f"\n{found['(pages)'][0]}\n")


def mkdocs(wiki: Path) -> str:
    """`mkdocs build --strict` of the wiki as its docs folder (with its navigation, if any)."""
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "mkdocs.yml"
        # the compact navigation the wiki writes, read by the awesome-pages plugin
        extra = "plugins:\n  - awesome-pages\n" if (wiki / ".pages").exists() else ""
        config.write_text(f"site_name: Briefs\ndocs_dir: {wiki}\nsite_dir: {tmp}/site\n{extra}")
        started = time.perf_counter()
        run = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)],
            capture_output=True,
            text=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "NO_COLOR": "1"},
        )
        seconds = time.perf_counter() - started
        size = sum(p.stat().st_size for p in (Path(tmp) / "site").rglob("*") if p.is_file())
        warnings = [line for line in run.stderr.splitlines() if line.startswith("WARNING")]
        shutil.rmtree(Path(tmp) / "site", ignore_errors=True)
    return (
        f"mkdocs build --strict: exit {run.returncode}, {seconds:.1f} s, "
        f"site {size / 1e6:.1f} MB, {len(warnings)} warnings"
        + (f" (first: {warnings[0]})" if warnings else "")
    )


if __name__ == "__main__":
    sys.exit(main())
