"""Yusuan (预算): build, check and extract Chinese departmental budget disclosures."""

__version__ = "0.1.0"
