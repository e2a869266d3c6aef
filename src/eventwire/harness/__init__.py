"""Evaluation runs: each module wires one gold set's loader (``evaluate``), the system under test
(``extract``, ``timex``, ``geo``) and the pure scorer (``evaluate``), and returns a `ScoreTable`.
Like ``batch``, this is wiring; the CLI and the accuracy regression test both call it."""
