"""Named column mappings for well-known data sets, so one name stands for a set of options."""

from __future__ import annotations

from dataclasses import replace

from eventwire.ingest.options import IngestOptions

# FA-KES (Abu Salem et al. 2019). Without its `date` column: that column is the crowdsourced
# event date, so scoring reads the publication date from the text instead.
FAKES_TEXTS = IngestOptions(
    fmt="csv",
    text_column="article_content",
    title_column="article_title",
    id_column="unit_id",
    outlet_column="source",
)
# The same, taking the `date` column (M/D/YYYY) as each report's date.
FAKES_WITH_DATES = replace(FAKES_TEXTS, date_column="date")
