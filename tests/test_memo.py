"""The bounded memo of recent results computes each key once and never grows past its limit."""

from __future__ import annotations

from rbnlp._memo import Recent


def test_a_key_is_computed_once_and_the_memo_stays_bounded():
    calls = []

    def square(x):
        calls.append(x)
        return x * x

    memo = Recent(3)
    assert [memo.fetch(x, square, x) for x in (2, 2, 3)] == [4, 4, 9]
    assert calls == [2, 3]
    for x in range(10):
        memo.fetch(x, square, x)
        assert len(memo) <= 3


def test_a_memo_with_a_base_goes_back_to_it_when_full():
    memo = Recent(4, {"a": 1, "b": 2})
    assert memo.put("c", 3) == 3 and memo["a"] == 1
    for i in range(10):
        memo.put(i, i)
        assert len(memo) <= 4 and memo["a"] == 1 and memo["b"] == 2
    assert memo.fetch("b", lambda: 99) == 2
