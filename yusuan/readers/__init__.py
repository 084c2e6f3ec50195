"""Readers: files in, model objects out (BudgetData from data files, Disclosure from publications)."""
