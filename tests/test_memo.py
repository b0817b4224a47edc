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
