"""The model: budget data (facts), the disclosure (the published document), and pure functions between them."""
