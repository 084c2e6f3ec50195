"""`once`: functools.cached_property without its lock, for attributes read in the checker's hot paths."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class once(Generic[T]):  # noqa: N801 - used as a decorator, like the cached_property it stands for
    """functools.cached_property without its lock: Python 3.11's takes an RLock on every first access,
    and a document's views make a hundred such attributes, each read by one rule after another (and a
    claim's quantity, one per amount of the text). A view or a claim belongs to one check on one thread. The value lands in the instance's __dict__, which later reads
    find first (this is a non-data descriptor)."""

    def __init__(self, make: Callable[[Any], T]):
        self.make = make
        self.name = make.__name__
        self.__doc__ = make.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> once[T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> T | once[T]:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.make(instance)
        return value
