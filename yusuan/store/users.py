"""Reviewer accounts: names and Argon2id password hashes (argon2-cffi)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from yusuan.store.schema import User

_hasher = PasswordHasher()
MIN_PASSWORD = 8


class UserError(ValueError):
    """A user that cannot be added (Chinese message)."""


def add_user(session: Session, name: str, password: str, *, replace: bool = False) -> User:
    name = name.strip()
    if not name or len(name) > 100:
        raise UserError("用户名不能为空，且不超过 100 个字符")
    if len(password) < MIN_PASSWORD:
        raise UserError(f"密码至少 {MIN_PASSWORD} 个字符")
    user = session.scalars(select(User).where(User.name == name)).first()
    if user is not None and not replace:
        raise UserError(f"用户“{name}”已存在（如需更改密码请加 --replace）")
    if user is None:
        user = User(name=name, password_hash=_hasher.hash(password))
        session.add(user)
    else:
        user.password_hash = _hasher.hash(password)
    session.flush()
    return user


def authenticate(session: Session, name: str, password: str) -> User | None:
    user = session.scalars(select(User).where(User.name == name.strip())).first()
    if user is None:
        _hasher.hash(password)  # the same work whether or not the user exists
        return None
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    return user


def has_users(session: Session) -> bool:
    return session.scalars(select(User.id).limit(1)).first() is not None
