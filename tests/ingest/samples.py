"""Inputs the ingest tests share: texts written for these tests, and a fixed 'today'."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from eventwire.ingest import IngestOptions

# The `write` fixture: write("name.ext", text or bytes) -> path of a new file in tmp_path.
Write = Callable[[str, str | bytes], Path]

TODAY = date(2024, 6, 1)
OPTIONS = IngestOptions(today=TODAY)

# A short English report: two sentences, as small as real inputs get.
ENGLISH = (
    "Two civilians were killed when a shell hit a market in Idlib on Tuesday. "
    "A local monitor said the strike came from government positions."
)
ENGLISH_2 = (
    "An airstrike on a bakery in eastern Ghouta killed four people and wounded eleven others "
    "on Sunday, according to rescue workers who pulled survivors from the rubble."
)

# The same kind of news paragraph in other languages, written for these tests.
FRENCH = (
    "Au moins cinq civils, dont deux enfants, ont été tués mercredi dans une frappe aérienne "
    "sur un marché du quartier de Qaterji, dans l'est d'Alep, selon un médecin local. "
    "L'Observatoire syrien des droits de l'homme a indiqué que le bilan risquait de s'alourdir."
)
GERMAN = (
    "Bei einem Luftangriff auf einen Markt im Osten von Aleppo sind am Mittwoch mindestens "
    "fünf Zivilisten getötet worden, darunter zwei Kinder, wie ein örtlicher Arzt sagte. Die "
    "Syrische Beobachtungsstelle für Menschenrechte erklärte, die Zahl der Toten werde steigen."
)
SPANISH = (
    "Al menos cinco civiles, entre ellos dos niños, murieron el miércoles en un ataque aéreo "
    "contra un mercado del barrio de Qaterji, en el este de Alepo, según un médico local. El "
    "Observatorio Sirio de Derechos Humanos dijo que el balance podría aumentar."
)
ARABIC = (
    "قتل خمسة مدنيين بينهم طفلان يوم الأربعاء في غارة جوية على سوق في حي القاطرجي شرقي حلب، "
    "بحسب طبيب محلي. وقال المرصد السوري لحقوق الإنسان إن عدد القتلى مرشح للارتفاع."
)

# A news page with the furniture trafilatura has to see past: nav, footer, meta tags.
NEWS_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Airstrike kills five in Aleppo market | Levant Monitor</title>
<meta property="og:site_name" content="Levant Monitor">
<meta property="og:title" content="Airstrike kills five in Aleppo market">
<meta property="article:published_time" content="2016-08-18T09:30:00+03:00">
<link rel="canonical" href="https://levantmonitor.example.org/news/aleppo-market-strike">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Airstrike kills five in Aleppo market</h1>
<p>Five civilians, including two children, were killed on Wednesday when an airstrike hit a
crowded market in the Qaterji district of eastern Aleppo, a local doctor said.</p>
<p>The Syrian Observatory for Human Rights, a Britain-based monitoring group, said at least
twelve other people were wounded and that the death toll was likely to rise because several
of the injured were in a critical condition.</p>
<p>Rescue workers searched the rubble of two collapsed buildings late into the night.</p>
</article>
<footer><p>Copyright 2016 Levant Monitor. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/contact">Contact us</a></footer>
</body></html>
"""


def page(body: str, head: str = "") -> str:
    """A minimal HTML page around ``body`` paragraphs."""
    return f"<!DOCTYPE html><html><head>{head}</head><body><article>{body}</article></body></html>"
