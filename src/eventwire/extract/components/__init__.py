"""One spaCy component per module. Each registers a factory named ``eventwire_<name>``,
declares what it `requires` and `assigns`, writes one span group (see `mentions.SPAN_GROUPS`)
and is testable alone on a Doc from the base model."""
