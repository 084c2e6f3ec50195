"""The web explorer: FastAPI, Jinja2 pages rendered on the server (Chinese), ECharts vendored in
static/ (works offline), and the REST API under /api/v1. Pages and API read the same functions of
`yusuan.store.queries`; no SQL here."""
