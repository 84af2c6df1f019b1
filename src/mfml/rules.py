"""Requirements on *how* a learner's function is written, checked on its source.

Some exercises state a method: "use a loop, no ``@``, ``np.dot`` or ``np.sum``",
"use your ``dot``", "with no Python loop", "use ``np.linalg.qr``". The values a
function returns cannot show whether it kept such a rule, so a :class:`Rule`
reads the function's source with :mod:`inspect` and :mod:`ast`::

    rules = [needs_loop(), forbid("@", "np.dot", "np.sum")]
    problems = violations(dot, rules)     # [] when every rule is kept

Patterns understood by :func:`forbid`:

* ``"@"``: the matrix-multiplication operator (``@`` and ``@=``);
* ``"np.NAME"``: any attribute called ``NAME``, whatever it hangs on, so
  ``"np.sum"`` catches ``np.sum(v)``, ``numpy.sum(v)``, ``v.sum()`` and a bare
  reference such as ``map(np.sum, rows)``; ``"np.linalg"`` catches every
  ``np.linalg.*`` call;
* ``"NAME"``: a call of a plain name, such as the built-in ``sum(...)``.

Spelling is not enough: ``from numpy.linalg import matrix_rank as mr`` or
``import numpy.linalg as la; la.norm(x)`` would get round every pattern. So
``forbid(..., modules=("numpy.linalg", "scipy"))`` also resolves each name the
function uses (``mr``, ``la.norm``) to the object it refers to, through imports
inside the function, its closure, its globals and the builtins, and rejects
any object that comes from one of ``modules`` (by its ``__module__``, or its
``__name__`` for a module). An entry of ``modules`` that names an object, not a
module (``"numpy.linalg.lstsq"``), rejects that one object under any name
(``from numpy.linalg import lstsq as ls``, ``ls = np.linalg.lstsq`` at the top of
the notebook) while the rest of its module stays allowed. A pattern
``"np.linalg"`` adds ``numpy.linalg`` and ``"scipy"`` adds ``scipy`` to
``modules`` by itself.

What a function must contain (:func:`must_call`, :func:`needs_loop`) may sit in a
helper the learner wrote: the functions it calls that share its globals (defined
in the same notebook, not in an installed module) are searched too, up to
``HELPER_DEPTH`` calls deep. What it must not contain (:func:`forbid`,
:func:`no_loop`) is judged on the function itself.

A function whose source cannot be read (defined somewhere Python keeps no
source) is not judged. A function that is not written in Python at all (for
example ``dot = np.dot``) breaks every rule of an exercise that has rules: the
exercise asks the learner to write it.
"""

from __future__ import annotations

import ast
import contextlib
import functools
import inspect
import textwrap
import types
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["Rule", "forbid", "needs_loop", "no_loop", "no_row_loop", "must_call",
           "violations", "function_source"]

_LOOPS = (ast.For, ast.AsyncFor, ast.While, ast.ListComp, ast.SetComp, ast.DictComp,
          ast.GeneratorExp)


@dataclass(frozen=True)
class Rule:
    """One requirement: ``find(tree)`` returns the offending line numbers of the
    function's source (1-based, within the function); ``[0]`` means something
    required is missing. ``message`` says what the exercise asked."""

    message: str
    find: Callable[[ast.AST], list[int]]
    name: str = "rule"
    #: module prefixes whose objects the function must not use, however named
    modules: tuple[str, ...] = ()
    #: a requirement (a call, a loop) that a helper the learner wrote may meet:
    #: functions the answer calls, defined in the same notebook, are searched too
    follow: bool = False


def _pattern_hits(tree: ast.AST, pattern: str) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if pattern == "@":
            if (isinstance(node, ast.BinOp) and isinstance(node.op, ast.MatMult)) or (
                    isinstance(node, ast.AugAssign) and isinstance(node.op, ast.MatMult)):
                lines.append(node.lineno)
        elif pattern.startswith("np."):
            attr = pattern.rsplit(".", 1)[-1]
            if isinstance(node, ast.Attribute) and node.attr == attr:
                lines.append(node.lineno)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id == pattern:
            lines.append(node.lineno)
    return sorted(set(lines))


_AUTO_MODULES = {"np.linalg": "numpy.linalg", "numpy.linalg": "numpy.linalg",
                 "scipy": "scipy", "sympy": "sympy"}


def forbid(*patterns: str, message: str | None = None,
           modules: Sequence[str] = ()) -> Rule:
    """The function must not use any of ``patterns``, nor any object from one of
    ``modules`` whatever name it goes by (see the module docstring)."""
    shown = ", ".join(f"`{p}`" for p in patterns)
    msg = message or f"the exercise asks you not to use {shown}"
    mods = tuple(dict.fromkeys([*modules, *(_AUTO_MODULES[p] for p in patterns
                                            if p in _AUTO_MODULES)]))

    def find(tree):
        return sorted({ln for p in patterns for ln in _pattern_hits(tree, p)})
    return Rule(msg, find, "forbid", mods)


_MISSING = object()


@functools.cache
def _named_object(name: str):
    """The object a dotted name such as ``numpy.linalg.lstsq`` refers to when it is
    not a module itself (``_MISSING`` for a module or a name that does not import)."""
    head, _, attr = name.rpartition(".")
    if not head:
        return _MISSING
    try:
        import importlib.util
        if importlib.util.find_spec(name) is not None:
            return _MISSING                       # a module: matched by prefix
    except (ImportError, ValueError, AttributeError):
        pass
    mod = _import(head)
    obj = getattr(mod, attr, _MISSING) if mod is not _MISSING else _MISSING
    return _MISSING if isinstance(obj, types.ModuleType) else obj


def _from_modules(obj, modules: Sequence[str]) -> bool:
    """Whether ``obj`` (a module, function, class...) comes from one of ``modules``,
    or is one of the objects that ``modules`` names."""
    for m in modules:
        named = _named_object(m)
        if named is not _MISSING and obj is named:
            return True
    if isinstance(obj, types.ModuleType):
        where = obj.__name__
    else:
        try:
            where = getattr(obj, "__module__", None)
        except Exception:  # an odd object is simply not forbidden
            where = None
        if not isinstance(where, str):
            return False
    return any(where == m or where.startswith(m + ".") for m in modules)


def _import(name: str):
    import importlib
    try:
        return importlib.import_module(name)
    except Exception:  # an import that fails is judged when it runs
        return _MISSING


def _local_imports(tree: ast.AST) -> dict[str, object]:
    """Names bound by ``import``/``from ... import`` statements in the source."""
    bound: dict[str, object] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    bound[alias.asname] = _import(alias.name)
                else:
                    top = alias.name.split(".")[0]
                    bound[top] = _import(top)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            mod = _import(node.module)
            for alias in node.names:
                if alias.name == "*":
                    continue
                obj = getattr(mod, alias.name, _MISSING) if mod is not _MISSING \
                    else _MISSING
                if obj is _MISSING:
                    obj = _import(f"{node.module}.{alias.name}")
                bound[alias.asname or alias.name] = obj
    return bound


def _resolver(fn, tree: ast.AST):
    """``resolve(node)``: the object a Name or a chain ``a.b.c`` refers to in ``fn``."""
    scope: dict[str, object] = {}
    builtins = fn.__globals__.get("__builtins__", {})
    if isinstance(builtins, types.ModuleType):
        builtins = vars(builtins)
    scope.update(builtins)
    scope.update(fn.__globals__)
    for name, cell in zip(fn.__code__.co_freevars, fn.__closure__ or ()):
        with contextlib.suppress(ValueError):   # a cell not yet filled
            scope[name] = cell.cell_contents
    # a name the function assigns itself (an argument, a variable) is not the
    # global of that name: only its own imports are known
    for node in ast.walk(tree):
        if isinstance(node, ast.arg):
            scope.pop(node.arg, None)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            scope.pop(node.id, None)
    scope.update(_local_imports(tree))

    def resolve(node):
        if isinstance(node, ast.Name):
            return scope.get(node.id, _MISSING)
        if isinstance(node, ast.Attribute):
            base = resolve(node.value)
            if base is _MISSING:
                return _MISSING
            try:
                return getattr(base, node.attr)
            except Exception:  # a missing attribute is judged when it runs
                return _MISSING
        return _MISSING
    return resolve


def _module_hits(fn, tree: ast.AST, modules: Sequence[str]) -> list[int]:
    """Lines where the function uses an object from ``modules``, under any name."""
    resolve = _resolver(fn, tree)
    lines = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            continue
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) or \
                isinstance(node, ast.Attribute):
            obj = resolve(node)
            if obj is not _MISSING and _from_modules(obj, modules) \
                    and not isinstance(obj, types.ModuleType):
                lines.add(node.lineno)
    return sorted(lines)


def needs_loop(message: str | None = None) -> Rule:
    """The function must contain a loop (``for``, ``while`` or a comprehension)."""
    msg = message or "the exercise asks for a loop (`for` or `while`) over the entries"

    def find(tree):
        body = tree.body[0] if isinstance(tree, ast.Module) and tree.body else tree
        return [] if any(isinstance(n, _LOOPS) for n in ast.walk(body)) else [0]
    return Rule(msg, find, "needs-loop", follow=True)


def no_loop(message: str | None = None) -> Rule:
    """The function must not contain a Python loop (comprehensions count)."""
    msg = message or "the exercise asks for no Python loop: let NumPy do the work"

    def find(tree):
        return sorted({n.lineno for n in ast.walk(tree) if isinstance(n, _LOOPS)})
    return Rule(msg, find, "no-loop")


def no_row_loop(arg: int = 0, message: str | None = None, outermost: bool = False) -> Rule:
    """The function must not loop over the rows of its argument number ``arg``:
    ``for row in X``, ``enumerate(X)``/``zip(X, ...)``, or a loop index used as the
    first index, ``X[i]`` or ``X[i, j]`` (comprehensions count; a ``while`` loop
    counts when it indexes ``X[i]``). Loops over anything else are fine ("no loop
    over the samples" allows a loop over layers). With ``outermost=True`` only the
    outermost loops are judged: a loop over the rows inside one over the columns
    is the column picture, entry by entry."""
    msg = message or "the exercise asks for no loop over the rows"

    def find(tree):
        fn = next((n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef,
                                                             ast.AsyncFunctionDef,
                                                             ast.Lambda))), None)
        if fn is None or len(fn.args.args) <= arg:
            return []
        x = fn.args.args[arg].arg

        def is_x(node):
            return isinstance(node, ast.Name) and node.id == x

        def row_line(loop_vars, it, body):
            """The line that takes a row of x, if this loop runs over the rows."""
            if it is not None and (is_x(it) or (
                    isinstance(it, ast.Call) and any(is_x(a) for a in it.args)
                    and getattr(it.func, "id", "") in ("enumerate", "zip", "list"))):
                return it.lineno
            for node in (n for b in body for n in ast.walk(b)):
                if isinstance(node, ast.Subscript) and is_x(node.value):
                    first = node.slice.elts[0] if isinstance(node.slice, ast.Tuple) \
                        else node.slice
                    if isinstance(first, ast.Name) and (loop_vars is None
                                                        or first.id in loop_vars):
                        return node.lineno
            return None

        def names(target):
            return {n.id for n in ast.walk(target) if isinstance(n, ast.Name)}

        hits: list[int] = []

        def visit(node, inside):
            line, loop = None, False
            if isinstance(node, (ast.For, ast.AsyncFor)):
                loop = True
                line = row_line(names(node.target), node.iter, node.body)
            elif isinstance(node, ast.While):
                loop = True
                line = row_line(None, None, node.body)
            elif isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp,
                                   ast.GeneratorExp)):
                loop = True
                gen = node.generators[0]
                elts = [node.key, node.value] if isinstance(node, ast.DictComp) \
                    else [node.elt]
                line = row_line(names(gen.target), gen.iter, elts + node.generators[1:])
            if loop and not (outermost and inside) and line:
                hits.append(line)
            for child in ast.iter_child_nodes(node):
                visit(child, inside or loop)

        visit(fn, False)
        return sorted(set(hits))
    return Rule(msg, find, "no-row-loop")


def must_call(*names: str, message: str | None = None) -> Rule:
    """The function must call one of ``names`` (a plain name or an attribute)."""
    shown = " or ".join(f"`{n}`" for n in names)
    msg = message or f"the exercise asks you to use {shown}"

    def find(tree):
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                f = node.func
                if (isinstance(f, ast.Name) and f.id in names) or (
                        isinstance(f, ast.Attribute) and f.attr in names):
                    return []
        return [0]
    return Rule(msg, find, "must-call", follow=True)


def function_source(fn) -> tuple[str, int] | None:
    """``(dedented source, first line number)`` of ``fn``, or None if unavailable."""
    try:
        lines, first = inspect.getsourcelines(fn)
    except (OSError, TypeError):
        return None
    return textwrap.dedent("".join(lines)), first


def _parse(source: str) -> ast.AST | None:
    try:
        return ast.parse(source)
    except SyntaxError:
        pass
    # a lambda inside a longer statement: keep the part from `lambda` on
    i = source.find("lambda")
    while i >= 0:
        for end in range(len(source), i, -1):
            try:
                return ast.parse("(" + source[i:end].strip().rstrip(",)") + ")")
            except SyntaxError:
                continue
        i = source.find("lambda", i + 1)
    return None


def _lambda_node(tree: ast.AST, fn) -> ast.AST:
    """For a lambda, narrow the tree to the lambda itself."""
    if getattr(fn, "__name__", "") != "<lambda>":
        return tree
    lambdas = [n for n in ast.walk(tree) if isinstance(n, ast.Lambda)]
    return lambdas[0] if len(lambdas) == 1 else tree


def _tree(fn) -> tuple[str, int, ast.AST] | None:
    """``(source, first line, tree)`` of a function, or None if unavailable."""
    found = function_source(fn)
    if found is None:
        return None
    source, first = found
    tree = _parse(source)
    if tree is None:
        return None
    return source, first, _lambda_node(tree, fn)


#: how deep helpers calling helpers are followed
HELPER_DEPTH = 3


def _helpers(fn, tree: ast.AST) -> list:
    """The functions ``fn`` calls that the learner wrote in the same notebook (the
    same globals), not those of an installed module."""
    resolve = _resolver(fn, tree)
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            obj = resolve(node.func)
            if isinstance(obj, types.FunctionType) and obj is not fn \
                    and obj.__globals__ is fn.__globals__ and obj not in out:
                out.append(obj)
    return out


def _met_by_helper(fn, tree: ast.AST, rule: Rule) -> bool:
    """Does a helper the learner wrote (to ``HELPER_DEPTH`` calls deep) meet a
    requirement the function itself does not?"""
    seen = {fn}
    level = [(fn, tree)]
    for _ in range(HELPER_DEPTH):
        following = []
        for f, t in level:
            for h in _helpers(f, t):
                if h in seen:
                    continue
                seen.add(h)
                found = _tree(h)
                if found is None:
                    continue
                if not rule.find(found[2]):
                    return True
                following.append((h, found[2]))
        level = following
    return False


def violations(fn, rules: Sequence[Rule]) -> list[str]:
    """Messages for every rule ``fn`` breaks, each naming the offending line."""
    if not rules:
        return []
    if not isinstance(fn, types.FunctionType):
        what = getattr(fn, "__name__", type(fn).__name__)
        module = getattr(fn, "__module__", None) or type(fn).__module__
        src = f"{module}.{what}" if module and module != "builtins" else what
        return [f"this is `{src}`, not a function you wrote: the exercise asks you to "
                f"write it yourself with `def`"]
    found = function_source(fn)
    if found is None:
        return []
    source, first = found
    tree = _parse(source)
    if tree is None:
        return []
    tree = _lambda_node(tree, fn)
    src_lines = source.splitlines()
    out = []
    for rule in rules:
        hits = rule.find(tree)
        if rule.modules and hits != [0]:
            hits = sorted(set(hits) | set(_module_hits(fn, tree, rule.modules)))
        if not hits:
            continue
        if hits == [0]:
            if rule.follow and _met_by_helper(fn, tree, rule):
                continue
            out.append(f"{rule.message}.")
            continue
        ln = hits[0]
        text = src_lines[ln - 1].strip() if 0 < ln <= len(src_lines) else ""
        out.append(f"{rule.message}: line {first + ln - 1} of {fn.__name__}(): {text}")
    return out
