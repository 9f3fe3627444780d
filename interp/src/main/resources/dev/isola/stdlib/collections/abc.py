"""Abstract base classes for containers (collections.abc).

This module is part of Isola's standard library, written for Isola after the
interface of CPython 3.11's module of the same name. The one-method ABCs
(Iterable, Sized, Hashable, ...) recognise any class that defines the method;
the container ABCs recognise the builtin types registered with them; all of
them give derived methods (Mapping.get, MutableMapping.update, ...) to classes
that inherit from them. The ABCs for async iteration and coroutines are absent.
"""

from collections._abc_base import (Hashable, Sized, Container, Callable, Iterable, Iterator,
                                   Reversible, Generator, Collection)
from collections._abc_set import Set, MutableSet
from collections._abc_mapping import (Mapping, MutableMapping, MappingView,
                                      KeysView, ItemsView, ValuesView)
from collections._abc_sequence import Sequence, MutableSequence, ByteString

__all__ = ["Hashable", "Iterable", "Iterator", "Generator", "Reversible",
           "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet", "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence", "ByteString"]
