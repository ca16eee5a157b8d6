"""Any article format in, nothing bad out: one test per row of the README's input table."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli

from .conftest import CASE, FIXED_DATE

pytestmark = pytest.mark.model

ARTICLE = (
    "Floodwaters cut the main road to the capital on Tuesday, officials in the province said. "
    "Aid agencies warned that food stocks could run out within a week if the road stayed closed. "
    "The army sent boats to evacuate families from villages along the river. "
    "Forecasters said more rain was likely over the weekend."
)


def make(runner: CliRunner, path: Path | str, *args: str, fmt: str = "json"):
    return runner.invoke(
        cli,
        ["make", str(path), "-f", fmt, "-o", "-", "--date", FIXED_DATE, *args],
        catch_exceptions=False,
    )


def brief_of(runner: CliRunner, path: Path | str, *args: str) -> dict:
    result = make(runner, path, *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def error_of(runner: CliRunner, path: Path | str, *args: str) -> str:
    result = make(runner, path, *args)
    assert result.exit_code == 1, result.stdout
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("Error: ") and " — " in result.stderr
    return result.stderr.removeprefix("Error: ").strip()


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


# --- text in any encoding ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16", b""),
        ("utf-16-le", b""),
        ("cp1252", b""),
    ],
)
def test_common_encodings_decode(
    runner: CliRunner, tmp_path: Path, encoding: str, prefix: bytes
) -> None:
    text = "Café owners in Liège said “prices” rose. " + ARTICLE
    brief = brief_of(runner, write(tmp_path, "a.txt", prefix + text.encode(encoding)))
    assert brief["bluf"].startswith("Café owners in Liège said “prices” rose.")


def test_truncated_utf8_keeps_what_is_whole(runner: CliRunner, tmp_path: Path) -> None:
    data = (ARTICLE + " Le café").encode() + "é".encode()[:1]
    brief = brief_of(runner, write(tmp_path, "cut.txt", data))
    assert "\ufffd" not in json.dumps(brief, ensure_ascii=False)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "is empty"),
        (b" \n\t\r\n  ", "is empty"),
        (bytes(range(256)) * 40, "looks binary, not text"),
        (b"Text with\x00NUL\x00bytes in it. " * 20, "looks binary, not text"),
        (b"PK\x03\x04garbage that is not a zip", "is a ZIP archive, not a readable .docx"),
    ],
    ids=["empty", "whitespace", "binary", "nul-bytes", "zip"],
)
def test_unusable_bytes_are_refused(
    runner: CliRunner, tmp_path: Path, content: bytes, problem: str
) -> None:
    path = write(tmp_path, "bad.txt", content)
    assert error_of(runner, path).startswith(f"{path} {problem} — ")


def test_over_the_size_limit(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.write((ARTICLE + "\n").encode() * (50_000_000 // len(ARTICLE)))
    assert error_of(runner, path) == (
        f"{path} is over the 20,000,000-byte limit — split it or raise --max-bytes"
    )
    small = write(tmp_path, "small.txt", ARTICLE)
    assert "is over the 100-byte limit" in error_of(runner, small, "--max-bytes", "100")


# --- odd but readable text gives a brief ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rebels seized the airport.",
        " ".join(["word"] * 600),
        "1 2 3 4 5\n6 7 8 9 10\n11 12 13",
        "Les pluies ont coupé la route. Le gouvernement a envoyé des bateaux. La situation reste tendue.",
        "اشتباكات قرب حلب\n\nقالت مصادر محلية إن اشتباكات عنيفة اندلعت قرب مدينة حلب. وحذرت الأمم المتحدة من النزوح.",
        "The convoy " + "and the trucks " * 140 + "arrived.",
        "<b>Bold</b> claims about {{ config }} and {% raw %} in plain text.",
    ],
    ids=[
        "one-sentence",
        "no-punctuation",
        "only-numbers",
        "french",
        "arabic",
        "2000-chars",
        "markup-in-text",
    ],
)
def test_odd_text_still_gives_a_brief(runner: CliRunner, tmp_path: Path, text: str) -> None:
    brief = brief_of(runner, write(tmp_path, "odd.txt", text))
    assert brief["bluf"]
    shown = brief["bluf"] + " " + " ".join(p["text"] for p in brief["key_points"])
    assert shown.split()[0] in text


def test_non_english_says_why_sections_are_empty(runner: CliRunner, tmp_path: Path) -> None:
    text = "Les pluies ont coupé la route nationale. Le gouvernement a envoyé des bateaux."
    brief = brief_of(runner, write(tmp_path, "fr.txt", text))
    assert brief["actors"] == [] and brief["locations"] == [] and brief["risks"] == []
    assert brief["figures"] == [] and brief["timeline"] == []
    assert brief["notes"] == [
        "Actors, locations, risks, key figures and the timeline are read from English text "
        "only; not read: s1 (French)."
    ]


@pytest.mark.pdf
def test_arabic_renders_in_the_pdf(runner: CliRunner, tmp_path: Path) -> None:
    import pypdf

    text = (
        "اشتباكات قرب حلب\n\nقالت مصادر محلية إن اشتباكات عنيفة اندلعت قرب مدينة حلب يوم الثلاثاء."
    )
    target = tmp_path / "ar.pdf"
    result = runner.invoke(cli, ["make", str(write(tmp_path, "ar.txt", text)), "-o", str(target)])
    assert result.exit_code == 0
    page = pypdf.PdfReader(target).pages[0]
    fonts = {f["/BaseFont"] for f in page["/Resources"]["/Font"].values()}
    assert any("DejaVu-Sans" in str(f) for f in fonts)  # a font with Arabic glyphs, embedded
    assert "حلب" in page.extract_text() or "بلح" in page.extract_text()


# --- HTML, PDF and DOCX -------------------------------------------------------------------


HTML_ARTICLE = f"""<!DOCTYPE html><html><head><title>Floods cut road - Example News</title>
<meta name="author" content="Jane Roe"><meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2026-03-14T08:00:00Z"></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article><h1>Floods cut road to the capital</h1><p>{ARTICLE}</p>
<p>Residents said the water had reached the first floor of houses near the bridge.</p></article>
<div class="comments"><p>Comment: first!</p></div>
<footer>Copyright 2026 Example News. Subscribe to our newsletter.</footer></body></html>"""


def test_html_article_and_metadata(runner: CliRunner, tmp_path: Path) -> None:
    brief = brief_of(runner, write(tmp_path, "page.html", HTML_ARTICLE))
    (source,) = brief["sources"]
    assert source["format"] == "html"
    assert source["title"] == "Floods cut road to the capital"
    assert (source["author"], source["site"], source["published"]) == (
        "Jane Roe",
        "Example News",
        "2026-03-14",
    )
    everything = json.dumps(brief)
    assert "Subscribe" not in everything and "Home" not in everything
    assert brief["bluf"].startswith("Floodwaters cut the main road")


def test_html_sniffed_without_suffix(runner: CliRunner, tmp_path: Path) -> None:
    assert (
        brief_of(runner, write(tmp_path, "saved", HTML_ARTICLE))["sources"][0]["format"] == "html"
    )


def test_html_page_without_an_article(runner: CliRunner, tmp_path: Path) -> None:
    page = "<html><body><nav><a href='/'>Home</a></nav><footer>(c) 2026</footer></body></html>"
    path = write(tmp_path, "empty.html", page)
    assert error_of(runner, path).startswith(f"{path} has no article text that could be found — ")


def _pdf(html: str) -> bytes:
    import weasyprint

    return weasyprint.HTML(string=html).write_pdf()


REPORT = (
    """<html lang="en"><head><style>
@page { size: A5; margin: 20mm 15mm;
  @top-center { content: "Regional Security Outlook"; }
  @bottom-center { content: "Page " counter(page); } }
p { hyphens: auto; text-align: justify; width: 60mm; font-size: 11pt; }
</style></head><body>"""
    + "".join(
        f"<p>Paragraph {i}: the humanitarian consequences of the escalating confrontation are "
        "considerable, and international organisations anticipate extraordinary displacement "
        "throughout the northern administrative districts.</p>"
        for i in range(14)
    )
    + "</body></html>"
)


@pytest.mark.pdf
def test_pdf_report_text_layer_repaired(runner: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path, "report.pdf", _pdf(REPORT))
    brief = brief_of(runner, path, "--ratio", "1")
    text = " ".join(p["text"] for p in brief["key_points"]) + brief["bluf"]
    assert brief["sources"][0]["format"] == "pdf"
    assert "Regional Security Outlook" not in text  # running head dropped
    assert "Page 2" not in text  # running foot dropped
    assert "escalating confrontation" in text and "extraordinary displacement" in text
    assert "-" not in text.replace("Paragraph", "")  # hyphenation joined


@pytest.mark.pdf
def test_pdf_without_text_layer(runner: CliRunner, tmp_path: Path) -> None:
    scanned = _pdf('<div style="width:80mm;height:80mm;background:#333"></div>')
    path = write(tmp_path, "scan.pdf", scanned)
    assert error_of(runner, path).startswith(f"{path} has no text layer (a scanned PDF?) — ")


@pytest.mark.pdf
def test_password_protected_pdf(runner: CliRunner, tmp_path: Path) -> None:
    import io

    import pypdf

    writer = pypdf.PdfWriter(clone_from=io.BytesIO(_pdf("<p>Convoys reached Selma.</p>")))
    writer.encrypt(user_password="secret", owner_password="owner")
    locked = io.BytesIO()
    writer.write(locked)
    path = write(tmp_path, "locked.pdf", locked.getvalue())
    assert error_of(runner, path) == (
        f"{path} is password-protected — save an unprotected copy first"
    )


@pytest.mark.pdf
def test_corrupt_pdf(runner: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path, "broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage")
    message = error_of(runner, path)
    assert message.startswith(f"{path} ") and "PDF" in message


def test_docx(runner: CliRunner, tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.author = "Field Office"
    document.add_heading("Floods cut road to the capital", level=0)
    document.add_paragraph(ARTICLE)
    path = tmp_path / "report.docx"
    document.save(str(path))
    brief = brief_of(runner, path)
    assert brief["sources"][0]["title"] == "Floods cut road to the capital"
    assert brief["sources"][0]["author"] == "Field Office"
    assert brief["bluf"].startswith("Floodwaters cut the main road")


def test_forced_input_format(runner: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path, "page.html", HTML_ARTICLE)
    brief = brief_of(runner, path, "--input-format", "text")
    assert "<nav>" in brief["bluf"] or "<!DOCTYPE" in brief["title"] + brief["bluf"]


# --- URLs ----------------------------------------------------------------------------------


def test_url_from_a_local_server(runner: CliRunner, http_server) -> None:
    http_server.pages["/article"] = ("text/html", HTML_ARTICLE.encode())
    brief = brief_of(runner, f"{http_server.url}/article")
    assert brief["sources"][0]["location"] == f"{http_server.url}/article"
    assert brief["sources"][0]["title"] == "Floods cut road to the capital"


def test_url_errors(runner: CliRunner, http_server) -> None:
    missing = error_of(runner, f"{http_server.url}/nope")
    assert missing == f"{http_server.url}/nope answered HTTP 404 — check the address"
    closed = error_of(runner, "http://127.0.0.1:9/x")
    assert closed.startswith("cannot reach 127.0.0.1:9 (") and "save the page" in closed
    assert error_of(runner, "ftp://example.org/a.txt").startswith(
        "ftp://example.org/a.txt is not an http(s) URL — "
    )
    assert error_of(runner, "file:///etc/passwd").startswith(
        "file:///etc/passwd is not an http(s) URL"
    )


def test_only_global_unicast_addresses_are_public() -> None:
    """A server asked to fetch a URL refuses multicast (which ipaddress calls global),
    reserved and unspecified addresses as it refuses private ones."""
    from briefing.errors import InputError
    from briefing.ingest.url import check_public

    for url in (
        "http://224.0.0.1/x",
        "http://240.0.0.9/x",
        "http://0.0.0.0/x",
        "http://[ff02::1]/",
    ):
        with pytest.raises(InputError, match="private or local address"):
            check_public(url)


def test_page_title_loses_the_site_name_after_it() -> None:
    from briefing.ingest.html import headline

    assert headline("Port reopens after the storm - Coast Courier", "Coast Courier") == (
        "Port reopens after the storm"
    )
    assert (
        headline("Port reopens after the storm | Courier", None) == "Port reopens after the storm"
    )
    # a clause after a dash is the headline's own; a short title is left whole
    assert headline("Talks stall – ‘we are not there yet’", "Courier") == (
        "Talks stall – ‘we are not there yet’"
    )
    assert headline("News | Courier", "Courier") == "News | Courier"


def _cjk_font() -> bool:
    if shutil.which("fc-list") is None:
        return False
    found = subprocess.run(["fc-list", ":lang=ja"], capture_output=True, text=True)
    return bool(found.stdout.strip())


@pytest.mark.pdf
@pytest.mark.skipif(
    not _cjk_font(),
    reason="no CJK font on this machine: `make test` installs fonts-wqy-microhei when it runs "
    "as root with apt-get",
)
def test_japanese_renders_in_the_pdf_with_a_cjk_font(runner: CliRunner, tmp_path: Path) -> None:
    import pypdf

    target = tmp_path / "ja.pdf"
    result = runner.invoke(cli, ["make", str(CASE["tokyo-rain-ja.txt"]), "-o", str(target)])
    assert result.exit_code == 0, result.output
    page = pypdf.PdfReader(target).pages[0]
    fonts = {str(f["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}
    assert any("WenQuanYi" in f or "CJK" in f or "Gothic" in f or "Hei" in f for f in fonts), fonts
    assert "東京で大雨" in page.extract_text()
