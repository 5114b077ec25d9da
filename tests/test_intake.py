"""Intake: every reader and the content-sniffing registry, on fixtures the tests build themselves.

Each bad-input class of the intake issue has a test: the bad item becomes one IntakeFailure with a
reason and the rest of the batch still arrives.  URLs are served by a local http.server.
"""

from __future__ import annotations

import gzip
import io
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.intake import IntakeFailure, RawDocument, read_inputs, web
from dateline.intake.sniff import sniff

PARAGRAPH = ("The foreign ministers of both countries met in the capital on Monday and agreed to resume "
             "talks on trade, energy and security after a pause of more than two years. ")
PAGE = ("<!doctype html><html><head><title>Ministers agree to resume talks</title>"
        "<meta property='og:site_name' content='Example News'></head><body><nav><a href='/'>Home</a></nav>"
        "<article><h1>Ministers agree to resume talks</h1>"
        + "".join(f"<p>{PARAGRAPH}Paragraph {i}.</p>" for i in range(6))
        + "</article><footer>© Example News</footer></body></html>")
RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Example</title>
<item><title>First story</title><link>{base}/page.html</link><pubDate>Tue, 18 Jun 2024 10:00:00 GMT</pubDate>
<description>{summary}</description></item>
<item><title>Second story</title><link>{base}/other.html</link><description>{summary}</description></item>
</channel></rss>"""


def docs(items):
    return [i for i in items if isinstance(i, RawDocument)]


def failures(items):
    return [i for i in items if isinstance(i, IntakeFailure)]


def warc_bytes(pages: list[tuple[str, bytes]], gz: bool = True) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for url, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return out.getvalue()


# -- sniffing -------------------------------------------------------------------------------------

@pytest.mark.parametrize("head,kind", [
    (b"WARC/1.0\r\nWARC-Type: warcinfo", "warc"),
    (b'{"id": 1, "text": "x"}\n{"id": 2}', "jsonl"),
    (b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', "feed"),
    (b'<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
    (b"<!DOCTYPE html><html><body><p>x</p>", "html"),
    (b"https://example.org/a\nhttps://example.org/b\n", "urls"),
    (b"World 0\n\nTalks ended this morning in Pyongyang.", "text"),
])
def test_sniff_by_content(head, kind):
    assert sniff(head) == kind


def test_extension_does_not_decide(tmp_path):
    (tmp_path / "looks-like.txt").write_text(PAGE)
    (tmp_path / "records.dat").write_text(json.dumps({"id": "a1", "text": PARAGRAPH}) + "\n")
    items = list(read_inputs([str(tmp_path)]))
    assert [d.format for d in docs(items)] == ["html", "text"]
    assert docs(items)[1].meta["id"] == "a1"


# -- readers --------------------------------------------------------------------------------------

def test_jsonl_default_fields_and_outlet_from_url(tmp_path):
    record = {"id": "8011115", "url": "https://www.voanews.com/a/story/8011115.html", "section": "Middle East",
              "title": "A title", "author": "Jeff Seldin", "published": "2025-03-14 20:30:26Z",
              "keywords": "Syria", "text": PARAGRAPH}
    path = tmp_path / "voa.jsonl"
    path.write_text(json.dumps(record) + "\n\nnot json\n" + json.dumps({"id": "x"}) + "\n")
    items = list(read_inputs([str(path)]))
    (doc,) = docs(items)
    assert doc.meta == {"id": "8011115", "url": record["url"], "title": "A title", "published": record["published"],
                        "source": "VOA", "section": "Middle East", "byline": "Jeff Seldin"}
    reasons = [f.reason for f in failures(items)]
    assert len(reasons) == 2 and "invalid JSON" in reasons[0] and "no text" in reasons[1]
    assert failures(items)[0].origin.endswith(":3")


def test_jsonl_configurable_fields(tmp_path):
    path = tmp_path / "api.jsonl"
    path.write_text(json.dumps({"body": "<html><body><p>x</p></body></html>", "when": "2024-06-19",
                                "html": None, "outlet": "Tanjug"}) + "\n")
    (doc,) = docs(read_inputs([str(path)], jsonl_fields={"text": "body", "published": "when"}))
    assert doc.data.startswith("<html>") and doc.meta["published"] == "2024-06-19" and doc.meta["source"] == "Tanjug"


def test_warc_gz_html_responses(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_bytes([("https://example.org/a", PAGE.encode()), ("https://example.org/b", PAGE.encode())]))
    items = list(read_inputs([str(path)]))
    assert [d.meta["url"] for d in docs(items)] == ["https://example.org/a", "https://example.org/b"]
    assert not failures(items) and all(d.format == "html" for d in docs(items))


@pytest.mark.parametrize("gz", [False, True])
def test_truncated_warc_keeps_earlier_records(tmp_path, gz):
    first = ("https://example.org/a", PAGE.encode())
    whole = warc_bytes([first, ("https://example.org/b", PAGE.encode() * 40)], gz=gz)
    head = len(warc_bytes([first], gz=gz))  # cut in the middle of the second record
    path = tmp_path / "cut.warc"
    path.write_bytes(whole[: head + (len(whole) - head) // 2])
    items = list(read_inputs([str(path)]))
    assert [d.meta["url"] for d in docs(items)][:1] == ["https://example.org/a"]
    assert len(docs(items)) == 1 and "truncated" in failures(items)[0].reason


def test_rss_items_without_fetching(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(RSS.format(base="https://example.org", summary=PARAGRAPH))
    items = docs(read_inputs([str(path)]))
    assert [d.meta["title"] for d in items] == ["First story", "Second story"]
    assert items[0].meta["published"] == "2024-06-18" and PARAGRAPH.strip() in items[0].data


def test_globs_stdin_and_missing(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(PARAGRAPH)
    (tmp_path / "b.txt").write_text(PARAGRAPH)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(PARAGRAPH.encode())))
    items = list(read_inputs([str(tmp_path / "*.txt"), "-", str(tmp_path / "nothing-*.txt"), "/no/such/file"]))
    assert [d.origin.rsplit("/", 1)[-1] for d in docs(items)] == ["a.txt", "b.txt", "<stdin>"]
    assert [f.reason for f in failures(items)] == ["no file matches the pattern", "no such file or directory"]


# -- bad input: each class is one failure with a reason, the batch goes on ----------------------------

def test_gzip_bomb_is_refused(tmp_path):
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * (25 * 1024 * 1024)))
    good = tmp_path / "good.txt"
    good.write_text(PARAGRAPH)
    items = list(read_inputs([str(bomb), str(good)]))
    assert "too large" in failures(items)[0].reason and len(docs(items)) == 1


def test_gzipped_page_is_read(tmp_path):
    path = tmp_path / "page.gz"
    path.write_bytes(gzip.compress(PAGE.encode()))
    (doc,) = docs(read_inputs([str(path)]))
    assert doc.format == "html" and doc.data == PAGE.encode()


def test_hundred_megabyte_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.write(PARAGRAPH.encode())
        handle.truncate(100 * 1024 * 1024)
    (failure,) = failures(read_inputs([str(path)]))
    assert "too large" in failure.reason and "100 MB" in failure.reason


def test_empty_file_and_empty_directory(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "sub").mkdir()
    items = list(read_inputs([str(tmp_path / "empty.txt"), str(tmp_path / "sub")]))
    assert [f.reason for f in items] == ["empty input", "directory has no files"]


# -- URLs from a local server ----------------------------------------------------------------------

class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        base = f"http://127.0.0.1:{self.server.server_port}"
        routes = {
            "/page.html": ("text/html; charset=utf-8", PAGE.encode()),
            "/other.html": ("text/html", PAGE.replace("Ministers", "Envoys").encode("latin-1")),
            "/feed.xml": ("application/rss+xml", RSS.format(base=base, summary="short").encode()),
        }
        if self.path == "/broken":
            self.send_error(500)
            return
        if self.path not in routes:
            self.send_error(404)
            return
        content_type, body = routes[self.path]
        assert self.headers["User-Agent"].startswith("dateline/")
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server(monkeypatch):
    monkeypatch.setattr(web, "RETRIES", 1)
    monkeypatch.setattr(web, "BACKOFF_SECONDS", 0.01)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def test_urls_http_errors_and_unreachable(server, tmp_path):
    closed = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    dead = f"http://127.0.0.1:{closed.server_port}/page.html"
    closed.server_close()
    items = list(read_inputs([f"{server}/page.html", f"{server}/missing", f"{server}/broken", dead]))
    assert [d.origin for d in docs(items)] == [f"{server}/page.html"]
    assert docs(items)[0].format == "html" and docs(items)[0].meta["url"] == f"{server}/page.html"
    reasons = [f.reason for f in failures(items)]
    assert "404" in reasons[0] and "500" in reasons[1] and "unreachable" in reasons[2]


def test_url_list_file(server, tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text(f"{server}/page.html\n# a comment\n{server}/other.html\n")
    items = docs(read_inputs([str(listing)]))
    assert [d.origin for d in items] == [f"{server}/page.html", f"{server}/other.html"]


def test_feed_url_followed_to_pages_when_fetching(server):
    items = docs(read_inputs([f"{server}/feed.xml"], fetch=True))
    assert [d.meta["title"] for d in items] == ["First story", "Second story"]
    assert all(d.format == "html" and b"<article>" in d.data for d in items)
    summaries = docs(read_inputs([f"{server}/feed.xml"]))
    assert [d.data for d in summaries] == ["short", "short"]


def test_link_only_records_are_fetched_only_when_asked(server, tmp_path):
    path = tmp_path / "links.jsonl"
    path.write_text(json.dumps({"id": "L1", "url": f"{server}/page.html", "title": "From the API"}) + "\n")
    (failure,) = list(read_inputs([str(path)]))
    assert "use --fetch" in failure.reason
    (doc,) = list(read_inputs([str(path)], fetch=True))
    assert doc.format == "html" and doc.meta["id"] == "L1" and doc.meta["title"] == "From the API"
