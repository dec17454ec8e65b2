"""read_text: UTF-8, UTF-8 with BOM and CP932 decode strictly; everything else is a one-line translated error."""

from __future__ import annotations

import os
import stat
import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.importer import CasebookError, decode, parse_volume, read_text

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "vol2-sample.txt"
TEXT = "１ 「山口県デジタル・ガバメント」を推進 【山口県】\n○ ⼯夫している点。ＤＸ①\n"


def error_of(path: Path) -> str:
    with pytest.raises(CasebookError) as err:
        read_text(path)
    message = str(err.value)
    assert "\n" not in message and str(path) in message
    return message


def test_utf8(tmp_path: Path) -> None:
    path = tmp_path / "v.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    assert read_text(path) == TEXT


def test_utf8_with_bom_drops_the_bom(tmp_path: Path) -> None:
    path = tmp_path / "v.txt"
    path.write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    assert read_text(path) == TEXT


def test_cp932(tmp_path: Path) -> None:
    text = "１ 「山口県デジタル・ガバメント」を推進 【山口県】\n○ 工夫している点。ＤＸ①～\n"
    path = tmp_path / "v.txt"
    path.write_bytes(text.encode("cp932"))
    assert read_text(path) == text


def test_cp932_volume_imports_like_utf8(tmp_path: Path) -> None:
    utf8 = read_text(SAMPLE)
    # the fixture's private-use bullet and look-alike radicals have no CP932 bytes: a CP932 file prints them plainly
    plain = utf8.replace("\uf0d8", "・").replace("\u2f2f", "工").replace("•", "・")
    path = tmp_path / "vol2-sample.txt"
    path.write_bytes(plain.encode("cp932"))
    a = parse_volume(read_text(path), path.name).cases
    b = parse_volume(plain, path.name).cases
    assert a == b and len(a) == 4


def test_undecodable_bytes(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    # valid in neither UTF-8 nor CP932 (0x81 0x20 is an incomplete Shift_JIS pair; 0xff is never valid)
    path.write_bytes("事例集".encode() + b"\x81\x20\xff\xfe")
    assert "文字コード" in error_of(path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert "空のファイル" in error_of(path)
    path.write_bytes(b" \r\n\n ")
    assert "空のファイル" in error_of(path)
    path.write_bytes(b"\xef\xbb\xbf")
    assert "空のファイル" in error_of(path)


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "doc.zip"
    path.write_bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)))
    assert "事例集のテキストではありません" in error_of(path)


def test_a_broken_pdf_is_read_as_a_pdf_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00<< /Type /Catalog >>")
    assert "PDFが壊れている" in error_of(path)


def test_folder(tmp_path: Path) -> None:
    assert "フォルダー" in error_of(tmp_path)


def test_missing_path(tmp_path: Path) -> None:
    assert "ファイルが見つかりません" in error_of(tmp_path / "nothing.txt")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(TEXT, encoding="utf-8")
    path.chmod(0)
    try:
        assert "読み込めません" in error_of(path)
    finally:
        path.chmod(0o600)


def test_error_is_a_value_error_with_one_line() -> None:
    err = CasebookError("一行目\n二行目")
    assert isinstance(err, ValueError) and str(err) == "一行目 二行目"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_random_bytes_decode_or_fail_with_a_message(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "random.txt"
    path.write_bytes(data)
    try:
        text = read_text(path)
    except CasebookError as err:
        assert "\n" not in str(err)
        return
    assert isinstance(text, str) and text.strip()


def test_windows_line_ends_and_form_feeds_import_the_same(tmp_path: Path) -> None:
    text = read_text(SAMPLE)
    path = tmp_path / "vol2-sample.txt"
    assert "\n\n２ " in text
    path.write_bytes(text.replace("\n\n２ ", "\n\x0c２ ").replace("\n", "\r\n").encode("utf-8"))
    assert parse_volume(read_text(path), path.name).cases == parse_volume(text, path.name).cases


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "volume.txt"
    os.mkfifo(fifo)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    outcome: list[str] = []
    # no writer ever opens the FIFO: a blocking open or read would hang this thread forever
    thread = threading.Thread(target=lambda: outcome.append(error_of(fifo)), daemon=True)
    thread.start()
    thread.join(timeout=20)
    assert not thread.is_alive(), "reading a FIFO hung"
    assert "通常のファイルではない" in outcome[0]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused_before_reading() -> None:
    started = time.monotonic()
    assert "通常のファイルではない" in error_of(Path("/dev/zero"))
    assert time.monotonic() - started < 10  # hang guard: a read to exhaustion would never end


def test_an_oversize_pdf_is_refused_from_its_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as f:
        f.write(b"%PDF-1.7\n")
        f.truncate(200 * 1024 * 1024)  # sparse: 200 MB on paper, nothing on disk
    message = error_of(path)
    assert "大きすぎる" in message and "150 MB" in message


def test_the_size_limit_is_checked_while_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a file that grows after fstat looks like this one: st_size under the limit, more bytes to read
    path = tmp_path / "long.txt"
    path.write_bytes(TEXT.encode("utf-8") * 2000)
    monkeypatch.setattr(decode, "TEXT_LIMIT", 64 * 1024)
    monkeypatch.setattr(decode, "_CHUNK", 16 * 1024)
    assert "大きすぎる" in error_of(path)
    monkeypatch.setattr(decode, "TEXT_LIMIT", 10 * 1024 * 1024)
    assert read_text(path).startswith(TEXT)
