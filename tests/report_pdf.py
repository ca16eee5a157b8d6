"""A fictional quarterly report written for the tests, laid out as a PDF by WeasyPrint: a
title page, a contents page with dot leaders, numbered section headings in larger bold type,
running heads, page numbers and an annex. ``fields`` sets its length (8: 33 pages)."""

from __future__ import annotations

SECTIONS = [
    (
        "Foreword",
        "The mission presents its quarterly report on the situation in the Lake Varna basin. "
        "Fighting between the Northern Front and government forces displaced 42,000 people "
        "between July and September. The humanitarian response remains underfunded, with $18 "
        "million received of $96 million requested.",
    ),
    (
        "Security situation",
        "The clashes around Port Ilex intensified in August after the Northern Front seized two "
        "checkpoints on the coastal road. Government forces retook one checkpoint on 14 August. "
        "At least 37 civilians were killed in shelling of the market district.",
    ),
    (
        "Humanitarian access",
        "Aid convoys were blocked on eleven occasions during the quarter. The World Food "
        "Programme suspended deliveries to the Ostra district after a warehouse was looted.",
    ),
    (
        "Political developments",
        "Talks mediated by the regional council resumed in Selma in September. Observers warned "
        "that the ceasefire could collapse before the rainy season.",
    ),
    (
        "Human rights",
        "The mission documented 63 cases of arbitrary detention by both parties. Journalists "
        "covering the fighting in Port Ilex were detained and their equipment seized.",
    ),
    (
        "Outlook",
        "The mission expects displacement to rise if fighting reaches the river crossings. "
        "Donors are urged to fund the response before the harvest fails.",
    ),
]
PLACES = ["Ostra", "Port Ilex", "Selma", "Dunmore", "Kessa", "Varna Ferry", "Oldbridge"]
THINGS = ["a water point", "the clinic", "a school", "the grain store", "a bridge", "a market"]
STYLE = """
@page { size: A4; margin: 25mm;
  @top-center { content: 'Lake Varna Monitoring Mission — Quarterly report, September';
                font-size: 8pt }
  @bottom-center { content: counter(page); font-size: 8pt } }
body { font-family: 'DejaVu Serif'; font-size: 11pt; }
h1 { font-size: 24pt; page-break-after: always; }
h2 { font-size: 16pt; page-break-before: always; }
h3 { font-size: 13pt; }
.toc { page-break-after: always; } .toc p { margin: 2pt 0 }
"""


def _field(i: int, j: int, k: int) -> str:
    place, thing = PLACES[(i + j + k) % len(PLACES)], THINGS[(i * j + k) % len(THINGS)]
    state = "open" if (i + k) % 2 else "closed"
    return (
        f"In {place}, field monitors visited {thing} in week {k + 1} of the month and spoke "
        f"with {3 + k} residents. They reported that {thing} was {state} and that {2 + j} "
        f"families had arrived from the villages upstream. Local officials in {place} said "
        f"supplies would last {k + 2} weeks at the current rate."
    )


def report_html(fields: int = 8) -> str:
    parts = [f"<html><head><style>{STYLE}</style></head><body>"]
    parts.append(
        "<h1>Lake Varna Monitoring Mission<br>Quarterly situation report<br>July to September</h1>"
    )
    parts.append("<div class='toc'><h2 style='page-break-before: avoid'>Contents</h2>")
    for i, (name, _) in enumerate(SECTIONS, 1):
        parts.append(f"<p>{i}. {name} .......... {3 + (i - 1) * 5}</p>")
    parts.append("<p>Annex A. Incidents by district .......... 33</p></div>")
    for i, (name, lead) in enumerate(SECTIONS, 1):
        parts.append(f"<h2>{i}. {name}</h2><p>{lead}</p>")
        for j in range(1, 4):
            parts.append(f"<h3>{i}.{j} Field reports from {PLACES[j]}</h3>")
            parts.extend(f"<p>{_field(i, j, k)} {_field(j, i, k + 1)}</p>" for k in range(fields))
    parts.append(
        "<h2>Annex A. Incidents by district</h2>"
        "<p>Incidents were recorded in Ostra, Port Ilex and Selma.</p></body></html>"
    )
    return "".join(parts)


def report_pdf(fields: int = 8) -> bytes:
    import weasyprint

    return weasyprint.HTML(string=report_html(fields)).write_pdf()
