"""Jinja's sandbox with hard limits for the user's own templates: text, numbers, time and memory."""

from __future__ import annotations

import math
import multiprocessing
import os
import re
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import wraps
from pathlib import Path
from typing import Any

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from jinja2.utils import _PassArg

from igj_afwijken import i18n

TEMPLATE_SUFFIX = ".html.j2"
# The most a user's template may run, make and use. The time counts from the start of the
# render; the memory is the whole address space of the process that renders it.
USER_TEMPLATE_SECONDS = 10.0
MAX_TEXT = 1_000_000  # characters in any text or list a template makes, and in its output
MAX_NUMBER_BITS = 10_000  # about 3,000 digits
USER_TEMPLATE_MEMORY = 500 * 1024 * 1024
MAX_SLOW_INPUT = 100_000  # characters a slow filter (wordwrap, urlize) may be given
MAX_TEMPLATE_BYTES = 1024 * 1024  # the size of a template file
_SLOW_FILTERS = {"wordwrap", "urlize"}
_TEXT_OF_ANYTHING = {"string", "tojson", "pprint", "xmlattr", "urlencode", "list", "e", "escape"}
# The width and precision in a printf-style format ("%-12.3f") and in a str.format field.
_PRINTF_FIELD = re.compile(r"%(?:\([^)]*\))?[-+ #0]*(\*|\d+)?(?:\.(\*|\d+))?")
_FORMAT_SPEC = re.compile(r"\{[^{}]*:([^{}]*)\}")


class TemplateTimeout(Exception):
    """A user's template ran longer than USER_TEMPLATE_SECONDS."""


def _too_long() -> SecurityError:
    return SecurityError(
        i18n.translate("templating", "een tekst of lijst van meer dan een miljoen tekens")
    )


def _too_big() -> SecurityError:
    return SecurityError(i18n.translate("templating", "een getal van meer dan 3.000 cijfers"))


def _check_length(value: Any) -> Any:
    if isinstance(value, str | list | tuple | bytes) and len(value) > MAX_TEXT:
        raise _too_long()
    if (
        isinstance(value, int)
        and not isinstance(value, bool)
        and value.bit_length() > MAX_NUMBER_BITS
    ):
        raise _too_big()
    return value


def _check_arguments(args: tuple, kwargs: dict) -> None:
    """A width or count that asks for more than a template may make is refused before anything
    is made of it."""
    for argument in (*args, *kwargs.values()):
        if isinstance(argument, int) and not isinstance(argument, bool) and argument > MAX_TEXT:
            raise _too_long()


def _check_printf(text: str) -> None:
    for width, precision in _PRINTF_FIELD.findall(text):
        for number in (width, precision):
            if number == "*" or (number and int(number) > MAX_TEXT):
                raise _too_long()


def _check_format_spec(text: str) -> None:
    for spec in _FORMAT_SPEC.findall(text):
        if any(int(number) > MAX_TEXT for number in re.findall(r"\d+", spec)):
            raise _too_long()


_CONTAINERS = (list, tuple, set, frozenset, dict)


def _size(value: Any, budget: int = MAX_TEXT + 1) -> int:
    """About how many characters `value` becomes as text (a list as "[…, …]"), counted only up
    to `budget`: measured before the text is made, nested lists included."""
    total, stack = 0, [value]
    while stack and total <= budget:
        item = stack.pop()
        if isinstance(item, str | bytes):
            total += len(item) + 2
        elif isinstance(item, dict):
            total += 2 + 4 * len(item)
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, _CONTAINERS):
            total += 2 + 2 * len(item)
            stack.extend(item)
        else:
            total += len(str(item))
    return total


def _check_size(value: Any) -> None:
    if not isinstance(value, str) and _size(value) > MAX_TEXT:
        raise _too_long()


def _check_estimate(name: str, value: Any, args: tuple) -> None:
    """For the filters and methods whose result can be far longer than what they are given."""
    if name == "join" and isinstance(value, list | tuple):
        separator = args[0] if args and isinstance(args[0], str) else ""
        if _size(value) + len(separator) * len(value) > MAX_TEXT:
            raise _too_long()
    elif name in _TEXT_OF_ANYTHING:  # a list or a whole object made into one text
        _check_size(value)
    elif name == "indent" and isinstance(value, str) and args:
        width = args[0] if isinstance(args[0], int) else len(str(args[0]))
        if len(value) + (value.count("\n") + 1) * width > MAX_TEXT:
            raise _too_long()
    elif name == "expandtabs" and isinstance(value, str):
        width = args[0] if args and isinstance(args[0], int) else 8
        if len(value) + value.count("\t") * width > MAX_TEXT:
            raise _too_long()
    elif name == "replace" and len(args) >= 2 and isinstance(value, str):
        old, new = str(args[0]), str(args[1])
        count = value.count(old) if old else len(value) + 1
        if len(value) + count * len(new) > MAX_TEXT:
            raise _too_long()
    elif name in _SLOW_FILTERS and isinstance(value, str) and len(value) > MAX_SLOW_INPUT:
        raise _too_long()
    elif name in ("format", "__mod__") and isinstance(value, str):
        _check_printf(value)


def _guarded_filter(name: str, function: Callable) -> Callable:
    passes = _PassArg.from_obj(function) is not None

    @wraps(function)  # keeps the marks that tell Jinja what to pass first
    def guarded(*args: Any, **kwargs: Any) -> Any:
        own = args[1:] if passes else args  # without Jinja's context or environment
        value, rest = (own[0], own[1:]) if own else (None, ())
        _check_arguments(rest, kwargs)
        _check_estimate(name, value, rest)
        return _check_length(function(*args, **kwargs))

    return guarded


class _LimitedCodeGenerator(CodeGenerator):
    """Compiles `a ~ b` so that the joined text is measured before it is made."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:  # noqa: N802 (Jinja's)
        if frame.eval_ctx.volatile:  # as Jinja's own CodeGenerator chooses the join
            join = "(markup_join if context.eval_ctx.volatile else str_join)"
        elif frame.eval_ctx.autoescape:
            join = "markup_join"
        else:
            join = "str_join"
        self.write("environment.checked_concat((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write(f"), {join})")


class Sandbox(ImmutableSandboxedEnvironment):
    """Jinja's sandbox: no `__class__` and the like, no changing lists or dicts, and no calling
    methods of the program's own objects (a template may read the dossier, never change it)."""

    def is_safe_callable(self, obj: object) -> bool:
        owner = getattr(obj, "__self__", None)
        if owner is not None and type(owner).__module__.startswith("igj_afwijken."):
            return False
        return super().is_safe_callable(obj)


class LimitedSandbox(Sandbox):
    """The sandbox for the user's own templates: besides, nothing that would make a text, list
    or number beyond the limits above, whichever filter, method or operator it comes from."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})
    code_generator_class = _LimitedCodeGenerator

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, finalize=self.finalize_output, **kwargs)
        self.globals.pop("lipsum", None)  # makes as many paragraphs as it is asked for

    def guard_filters(self) -> None:
        """Put the limits around every filter (call after the program added its own)."""
        for name, function in list(self.filters.items()):
            self.filters[name] = _guarded_filter(name, function)

    def call(__self, __context, __obj, *args: Any, **kwargs: Any) -> Any:  # noqa: N805, ANN001
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str | list | tuple):  # "x".center(10**9), "".join(…), …
            name = getattr(__obj, "__name__", "")
            _check_arguments(args, kwargs)
            if name == "join":  # "separator".join(items): the items come as the argument
                _check_estimate("join", args[0] if args else (), (owner,))
            else:
                _check_estimate(name, owner, args)
        return _check_length(super().call(__context, __obj, *args, **kwargs))

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None

        def checked(*args: Any, **kwargs: Any) -> str:
            _check_format_spec(value.__self__)
            _check_arguments(args, kwargs)  # a width given as an argument: "{0:{1}}"
            if len(value.__self__) + _size(args) + _size(kwargs) > MAX_TEXT:
                raise _too_long()
            return _check_length(wrapped(*args, **kwargs))

        return checked

    def checked_concat(self, parts: tuple, join: Callable[[tuple], str]) -> str:
        if _size(parts) > MAX_TEXT:
            raise _too_long()
        return join(parts)

    def finalize_output(self, value: Any) -> Any:
        """Every `{{ … }}` before it becomes text: a list or object too big to print is refused."""
        _check_size(value)
        return value

    def call_binop(self, context, operator: str, left, right):  # noqa: ANN001 (Jinja's own)
        numbers = all(isinstance(v, int) and not isinstance(v, bool) for v in (left, right))
        if operator == "**":
            if isinstance(right, int | float) and abs(right) > 100:
                raise SecurityError(i18n.translate("templating", "een macht groter dan 100"))
            growing = numbers and right > 0 and abs(left) > 1
            if growing and right * math.log2(abs(left)) > MAX_NUMBER_BITS:
                raise _too_big()
            return left**right
        if operator == "*":
            if numbers and left.bit_length() + right.bit_length() > MAX_NUMBER_BITS:
                raise _too_big()
            for sequence, times in ((left, right), (right, left)):
                if (
                    isinstance(sequence, str | list | tuple)
                    and isinstance(times, int)
                    and len(sequence) * times > MAX_TEXT
                ):
                    raise _too_long()
            return left * right
        if operator == "+":
            sequences = all(isinstance(v, str | list | tuple) for v in (left, right))
            if sequences and len(left) + len(right) > MAX_TEXT:
                raise _too_long()
            return _check_length(left + right)
        if isinstance(left, str):  # "%" on a text: printf-style formatting
            _check_estimate("__mod__", left, ())
            if len(left) + _size(right) > MAX_TEXT:
                raise _too_long()
            return _check_length(left % right)
        return left % right


@contextmanager
def time_limit(seconds: float, named: float | None = None) -> Iterator[None]:
    """Stop template code (and only template code) that runs past the limit; the error names
    the limit as `named` (the whole limit, of which `seconds` is what is left).

    Python cannot interrupt a running loop from outside; a trace function on the template's
    own frames sees every line it runs and raises TemplateTimeout there once time is up."""
    deadline = time.monotonic() + seconds

    def on_line(frame, event, arg):  # noqa: ANN001, ANN202 (sys.settrace's signature)
        if time.monotonic() > deadline:
            raise TemplateTimeout(seconds if named is None else named)
        return on_line

    def on_call(frame, event, arg):  # noqa: ANN001, ANN202
        return on_line if frame.f_code.co_filename.endswith(TEMPLATE_SUFFIX) else None

    previous = sys.gettrace()
    sys.settrace(on_call)
    try:
        yield
    finally:
        sys.settrace(previous)


@dataclass(frozen=True)
class RenderRequest:
    """Everything a child process needs to render one document with the user's templates."""

    template: str
    templates_dir: Path
    user_dir: Path
    language: str
    dossier: Any
    catalogue: Any
    printed_at: Any
    house: Any
    seconds: float = field(default_factory=lambda: USER_TEMPLATE_SECONDS)
    memory: int = field(default_factory=lambda: USER_TEMPLATE_MEMORY)


def render_in_child(request: RenderRequest) -> tuple[str, str]:
    """Render in a separate process that is stopped after `request.seconds` and may use
    `request.memory` at most; ("ok", html) or ("error", message for the user)."""
    started = time.monotonic()
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child_main, args=(sender, request), daemon=True)
    try:
        child.start()
    except Exception as error:  # noqa: BLE001 - no process, or the request would not travel
        sender.close()
        receiver.close()
        detail = i18n.translate(
            "templating", "het aparte proces voor dit sjabloon kon niet starten ({error})"
        ).format(error=error)
        return "error", _whole_template_error(request.template, detail)
    sender.close()
    try:
        # The child stops itself a little earlier, with the template's line in its message.
        if receiver.poll(request.seconds + 0.5 - (time.monotonic() - started)):
            try:
                return receiver.recv()
            except (EOFError, OSError):  # it died before it could answer
                return "error", _stopped_message(request)
        return "error", _timeout_message(request)
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiver.close()


def _timeout_message(request: RenderRequest) -> str:
    return _whole_template_error(request.template, timeout_detail(request.seconds))


def _stopped_message(request: RenderRequest, out_of_memory: bool = False) -> str:
    return _whole_template_error(request.template, memory_detail(request.memory, out_of_memory))


def _whole_template_error(template: str, detail: str) -> str:
    return i18n.translate(
        "templating", "Het sjabloon ‘{template}’ bevat een fout: {detail}"
    ).format(template=template + TEMPLATE_SUFFIX, detail=detail)


def timeout_detail(seconds: float) -> str:
    return i18n.translate(
        "templating",
        "het maken duurde langer dan {seconds} seconden en is gestopt (een lus die niet ophoudt?)",
    ).format(seconds=f"{seconds:g}")


def memory_detail(memory: int, certain: bool) -> str:
    if certain:
        text = i18n.translate(
            "templating", "het maken had meer dan {megabytes} MB geheugen nodig en is gestopt"
        )
    else:
        text = i18n.translate(
            "templating",
            "het maken stopte voordat het klaar was, waarschijnlijk omdat het meer dan "
            "{megabytes} MB geheugen nodig had",
        )
    return text.format(megabytes=memory // (1024 * 1024))


def _limit_memory(limit: int) -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        pass  # Windows, or a system that keeps no such limit: the other limits still hold


def _child_main(sender: Any, request: RenderRequest) -> None:
    """The child process: render with every limit in place and send the result."""
    try:
        from igj_afwijken.rendering.templating import render_limited

        i18n.use_language(request.language)
        _limit_memory(request.memory)  # after the imports: the template gets what is left
        outcome = ("ok", render_limited(request, request.seconds - 0.5))
    except MemoryError:
        outcome = ("error", _stopped_message(request, out_of_memory=True))
    except Exception as error:  # noqa: BLE001 - every failure becomes the user's message
        outcome = ("error", str(error))
    try:
        sender.send(outcome)
    finally:
        sender.close()
        os._exit(0)  # no clean-up of a heap the template may have filled
