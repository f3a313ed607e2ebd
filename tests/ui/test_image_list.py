"""ImageListEditor: per-file refusals with reasons (R-P-IMG-2), the 5-image limit (R-P-IMG-1), order = 主图 first."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from desktop.ui.products.image_list import ImageListEditor
from tests.image_factory import gif_bytes, jpeg_bytes, png_bytes


def make(qtbot, ctx) -> ImageListEditor:
    editor = ImageListEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def files(tmp_path, specs) -> list[Path]:
    out = []
    for name, data in specs:
        path = tmp_path / name
        path.write_bytes(data)
        out.append(path)
    return out


def add(qtbot, editor, paths):
    with qtbot.waitSignal(editor.batch_finished, timeout=15000):
        editor.add_files(paths)


def labels(editor) -> list[str]:
    return [editor.list.item(i).text() for i in range(editor.list.count())]


def test_refuses_a_bad_file_with_its_reason_and_accepts_a_good_one(qtbot, ctx, tmp_path):
    editor = make(qtbot, ctx)
    good, bad, small = files(tmp_path, [
        ("good.jpg", jpeg_bytes(800, 800)),
        ("fake.png", gif_bytes(800, 800)),
        ("small.png", png_bytes(599, 600)),
    ])
    with qtbot.waitSignal(editor.changed):
        add(qtbot, editor, [good, bad, small])
    assert len(editor.images()) == 1
    errors = [text for kind, text in editor.messages() if kind == "error"]
    assert any(t.startswith("fake.png：") and "GIF" in t and "R-P-IMG-2" in t for t in errors)
    assert any(t.startswith("small.png：") and "599×600" in t for t in errors)
    assert "fake.png" in editor.messages_label.text() and "Traceback" not in editor.messages_label.text()
    assert labels(editor) == ["主图"]
    assert not editor.list.item(0).icon().isNull()
    assert editor.count_label.text().startswith("1/5")


def test_non_square_is_added_with_a_warning(qtbot, ctx, tmp_path):
    editor = make(qtbot, ctx)
    add(qtbot, editor, files(tmp_path, [("wide.png", png_bytes(900, 600))]))
    assert len(editor.images()) == 1
    assert editor.messages() and editor.messages()[0][0] == "warning"
    assert labels(editor) == ["主图 ⚠"]


def test_sixth_image_is_refused_r_p_img_1(qtbot, ctx, tmp_path):
    editor = make(qtbot, ctx)
    paths = files(tmp_path, [(f"p{i}.png", png_bytes(600 + i, 600 + i)) for i in range(6)])
    add(qtbot, editor, paths[:4])
    assert len(editor.images()) == 4
    add(qtbot, editor, paths[4:])
    assert len(editor.images()) == 5
    errors = [t for k, t in editor.messages() if k == "error"]
    assert errors == ["p5.png：图片合格，但已有 5 张主图，没有空位了；删掉一张再添加（R-P-IMG-1）"]
    assert not editor.add_button.isEnabled() and "R-P-IMG-1" in editor.add_button.toolTip()
    add(qtbot, editor, [paths[5]])
    assert len(editor.images()) == 5 and "R-P-IMG-1" in editor.messages()[0][1]


def test_duplicate_is_refused(qtbot, ctx, tmp_path):
    editor = make(qtbot, ctx)
    a, b = files(tmp_path, [("a.png", png_bytes(640, 640)), ("copy-of-a.png", png_bytes(640, 640))])
    add(qtbot, editor, [a, b])
    assert len(editor.images()) == 1
    assert editor.messages() == [("error", "copy-of-a.png：这张图片已经添加过了")]


def test_reorder_and_remove_keep_the_first_as_main(qtbot, ctx, tmp_path):
    editor = make(qtbot, ctx)
    add(qtbot, editor, files(tmp_path, [(f"p{i}.png", png_bytes(600 + i, 600 + i)) for i in range(3)]))
    first, second, third = editor.images()
    editor.list.setCurrentRow(2)
    assert editor.left_button.isEnabled() and not editor.right_button.isEnabled()
    with qtbot.waitSignal(editor.changed):
        editor.left_button.click()
    assert editor.images() == [first, third, second]
    editor.list.setCurrentRow(1)
    editor.left_button.click()
    assert editor.images() == [third, first, second]
    assert labels(editor) == ["主图", "图 2", "图 3"]
    editor.list.setCurrentRow(0)
    qtbot.keyClick(editor.list, Qt.Key_Right, Qt.ControlModifier)
    assert editor.images() == [first, third, second]
    editor.list.setCurrentRow(0)
    editor.remove_button.click()
    assert editor.images() == [third, second] and labels(editor)[0] == "主图"


def test_dragging_an_item_onto_another_reorders(qtbot, ctx, tmp_path):
    editor = make(qtbot, ctx)
    add(qtbot, editor, files(tmp_path, [(f"p{i}.png", png_bytes(600 + i, 600 + i)) for i in range(3)]))
    before = editor.images()
    editor.list.setCurrentRow(2)
    mime = editor.list.mimeData([editor.list.item(2)])
    target = editor.list.visualItemRect(editor.list.item(0)).center()
    event = QDropEvent(QPointF(target), Qt.MoveAction, mime, Qt.LeftButton, Qt.NoModifier)
    editor.list.dropEvent(event)
    assert editor.images() == [before[2], before[0], before[1]]
    assert event.dropAction() != Qt.MoveAction  # the drag source must not delete the row afterwards


def test_dropping_files_adds_them(qtbot, ctx, tmp_path):
    editor = make(qtbot, ctx)
    (path,) = files(tmp_path, [("dropped.jpg", jpeg_bytes(700, 700))])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(QPoint(10, 10)), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    with qtbot.waitSignal(editor.batch_finished, timeout=15000):
        editor.list.dropEvent(event)
    assert len(editor.images()) == 1


def test_set_images_shows_stored_images(qtbot, ctx, tmp_path):
    editor = make(qtbot, ctx)
    add(qtbot, editor, files(tmp_path, [("a.png", png_bytes(600, 600)), ("b.jpg", jpeg_bytes(700, 700))]))
    shas = editor.images()
    other = make(qtbot, ctx)
    with qtbot.waitSignal(other.batch_finished, timeout=15000):
        other.set_images(list(reversed(shas)))
    assert other.images() == list(reversed(shas))
    assert labels(other) == ["主图", "图 2"]
    other.set_images(["f" * 64])
    assert other.images() == [] and other.messages()[0][0] == "error"


def test_bad_files_do_not_take_places_so_valid_ones_fill_up_to_five_r_p_img_1(qtbot, ctx, tmp_path):
    """7 files picked with 1 image already there: 2 bad ones are refused for
    what they are, the first 4 valid ones fill the free places, and only the
    5th valid one is refused for lack of room (not "第 6 张" by position)."""
    editor = make(qtbot, ctx)
    add(qtbot, editor, files(tmp_path, [("first.png", png_bytes(610, 610))]))
    picks = files(tmp_path, [
        ("bad1.png", gif_bytes(800, 800)),
        ("v1.png", png_bytes(620, 620)),
        ("bad2.jpg", b"not an image at all" * 10),
        ("v2.png", png_bytes(630, 630)),
        ("v3.jpg", jpeg_bytes(640, 640)),
        ("v4.png", png_bytes(650, 650)),
        ("v5.png", png_bytes(660, 660)),
    ])
    add(qtbot, editor, picks)
    assert len(editor.images()) == 5
    errors = dict(t.split("：", 1) for k, t in editor.messages() if k == "error")
    assert set(errors) == {"bad1.png", "bad2.jpg", "v5.png"}
    assert errors["bad1.png"].startswith("文件内容是 GIF 格式的图片")
    assert errors["bad2.jpg"].startswith("文件内容不是可识别的图片")
    assert "没有空位" in errors["v5.png"] and "第 6 张" not in errors["v5.png"]


def test_refusals_are_plain_chinese_and_the_decoder_text_goes_to_details_r_p_img_2(qtbot, ctx, tmp_path):
    editor = make(qtbot, ctx)
    whole = png_bytes(700, 700, noise=True)
    broken = bytearray(jpeg_bytes(700, 700, noise=True))
    for i in range(1000, len(broken) - 100, 5):
        broken[i] = 0xFF  # the entropy-coded data turns into markers
    picks = files(tmp_path, [("cut.png", whole[: len(whole) // 2]), ("junk.jpg", bytes(broken))])
    add(qtbot, editor, picks)
    errors = dict(t.split("：", 1) for k, t in editor.messages() if k == "error")
    assert "数据没到结尾就断了" in errors["cut.png"]
    assert "无法解码" in errors["junk.jpg"]
    shown = editor.messages_label.text()
    for english in ("cannot identify", "BytesIO", "truncated", "Error"):
        assert english not in shown
    assert "文件内容是不是" not in shown and "文件内容是GIF" not in shown
    # The decoder's own words are kept, under 详细信息, one line per file.
    assert editor.details_button.isVisibleTo(editor)
    assert [d.split(":")[0] for d in editor.details()] == ["cut.png", "junk.jpg"]
    assert not editor.details_view.isVisible()
    editor.details_button.click()
    assert editor.details_view.isVisible() and "cut.png" in editor.details_view.toPlainText()


def test_unreadable_file_has_its_own_reason(qtbot, ctx, tmp_path):
    editor = make(qtbot, ctx)
    add(qtbot, editor, [tmp_path / "gone.png", tmp_path])
    errors = dict(t.split("：", 1) for k, t in editor.messages() if k == "error")
    assert errors["gone.png"].startswith("无法读取这个文件")
    assert errors[tmp_path.name].startswith("这不是一个文件")


def test_picks_made_while_checking_wait_for_the_free_places(qtbot, ctx, tmp_path):
    editor = make(qtbot, ctx)
    paths = files(tmp_path, [(f"q{i}.png", png_bytes(600 + i, 600 + i)) for i in range(7)])
    with qtbot.waitSignal(editor.batch_finished, timeout=20000):
        editor.add_files(paths[:4])
        editor.add_files(paths[4:])  # while the first batch runs
    assert len(editor.images()) == 5
    refused = [t.split("：")[0] for k, t in editor.messages() if k == "error"]
    assert refused == ["q5.png", "q6.png"]


def test_image_refusals_in_english(qtbot, ctx, tmp_path, qapp):
    from desktop.ui.common import language

    language.install(qapp, language.ENGLISH)
    try:
        editor = make(qtbot, ctx)
        add(qtbot, editor, files(tmp_path, [("fake.png", gif_bytes(800, 800))]))
        text = editor.messages()[0][1]
        assert text.startswith("fake.png: ") and "GIF" in text and "PNG or JPEG" in text
    finally:
        language.install(qapp, language.CHINESE)
