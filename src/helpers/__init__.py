"""Turn news articles and inspection reports into sourced tables and charts."""
