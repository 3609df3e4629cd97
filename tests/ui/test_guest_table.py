"""The guest table's Qt models: well-behaved for Qt, sorting and filtering through the domain."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester

from models.events import EventSummary
from models.guest_list import GuestColumn, GuestRow, SceneSeats, guest_matcher, search_key
from tests.ui.guest_data import FEW_GUESTS
from ui.event_list import GUEST_COUNT_ROLE, EventListModel
from ui.guest_table import COLUMNS, GUEST_ID_ROLE, GuestFilterProxy, GuestTableModel, SeatFilter

NAME = COLUMNS.index(GuestColumn.NAME)
RANK = COLUMNS.index(GuestColumn.RANK)


def few_rows() -> list[GuestRow]:
    rows = []
    for place, fields in enumerate(FEW_GUESTS):
        rows.append(GuestRow(
            id=100 + place, list_order=place, name=fields["name"],
            organisation=fields["organisation"], title=fields["title"],
            rank_level=fields.get("rank_level"), rank_order=None, category=fields["category"],
            rsvp=str(fields.get("rsvp", "invited")), phone=fields["phone"],
            search=search_key(fields["name"])))
    return rows


def names(model: GuestFilterProxy | GuestTableModel) -> list[str]:
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


def test_the_guest_model_passes_qts_model_checks(qtmodeltester: ModelTester) -> None:
    model = GuestTableModel()
    model.set_rows(few_rows())
    qtmodeltester.check(model)
    model.sort(RANK, Qt.SortOrder.DescendingOrder)
    model.set_rows([])
    qtmodeltester.check(model)


def test_the_filtering_proxy_passes_qts_model_checks(qtmodeltester: ModelTester) -> None:
    model = GuestTableModel()
    proxy = GuestFilterProxy(model)
    model.set_rows(few_rows())
    proxy.set_filter_text("ww")
    qtmodeltester.check(proxy)
    proxy.sort(RANK, Qt.SortOrder.AscendingOrder)
    proxy.set_filter_text("")
    assert names(proxy)[0] == "张卫国"


def test_the_event_model_passes_qts_model_checks(qtmodeltester: ModelTester) -> None:
    model = EventListModel()
    model.set_events([EventSummary(1, "省投资大会", 140, "", None),
                      EventSummary(2, "签约仪式", 0, "", None)])
    qtmodeltester.check(model)
    assert model.index(0).data(GUEST_COUNT_ROLE) == 140
    assert model.row_of(2) == 1


def test_sorting_keeps_a_selection_on_its_guest() -> None:
    model = GuestTableModel()
    model.set_rows(few_rows())
    wang_wei = QPersistentModelIndex(model.index(1, NAME))
    model.sort(RANK, Qt.SortOrder.AscendingOrder)
    assert wang_wei.data() == "王伟"
    assert wang_wei.row() == 4
    assert wang_wei.data(GUEST_ID_ROLE) == 101
    model.sort(-1)
    assert wang_wei.row() == 1


def test_sorting_applies_to_the_next_event_loaded() -> None:
    model = GuestTableModel()
    model.sort(RANK, Qt.SortOrder.AscendingOrder)
    model.set_rows(few_rows())
    assert names(model) == ["张卫国", "李明", "陈静", "吴文华", "王伟", "欧阳娜娜"]


def test_the_proxy_uses_the_domains_filter_rule() -> None:
    model = GuestTableModel()
    proxy = GuestFilterProxy(model)
    model.set_rows(few_rows())
    proxy.set_filter_text("wang wei")
    assert names(proxy) == ["王伟"]
    model.set_rows(few_rows()[2:])
    assert names(proxy) == []


def test_typing_on_narrows_the_guests_shown_exactly_as_filtering_afresh() -> None:
    """The proxy tests only the guests still shown as the text grows; the result must be what
    the domain's rule gives on the whole list, also after sorting and an edit in between."""
    model = GuestTableModel()
    proxy = GuestFilterProxy(model)
    rows = few_rows()
    model.set_rows(rows)
    for typed in ("w", "ww", "z", "zh", "zhang", "中", "中国", "中国银行", "1", "13", "138",
                  "13800000004"):
        proxy.set_filter_text(typed)
        matches = guest_matcher(typed)
        assert names(proxy) == [row.name for row in rows if matches(row)], typed
    proxy.set_filter_text("w")
    model.sort(RANK, Qt.SortOrder.AscendingOrder)
    renamed = replace(rows[0], name="王强", search=search_key("王强"))
    model.refresh_guests([renamed])
    assert sorted(names(proxy)) == sorted(["王伟", "张卫国", "吴文华", "王强"])
    proxy.set_filter_text("wq")
    assert names(proxy) == ["王强"]


def test_the_category_rsvp_and_seat_filters_narrow_the_text_filter() -> None:
    model = GuestTableModel()
    proxy = GuestFilterProxy(model)
    model.set_rows(few_rows())
    seats = [SceneSeats(7, "大会", frozenset({100, 101}))]
    proxy.set_category("leader")
    assert names(proxy) == ["李明", "张卫国", "陈静"]
    proxy.set_seat_filter(SeatFilter(False, 7), seats)
    assert names(proxy) == ["张卫国", "陈静"]
    proxy.set_filter_text("cj")
    assert names(proxy) == ["陈静"]
    proxy.set_category(None)
    proxy.set_filter_text("")
    proxy.set_rsvp("declined")
    assert names(proxy) == ["吴文华"]
    proxy.set_seat_filter(SeatFilter(True), seats)
    assert names(proxy) == []
