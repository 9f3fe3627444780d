def pretty(value, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if isinstance(value, dict):
        if not value:
            return "{}"
        lines = ["{"]
        items = list(value.items())
        for i, (k, v) in enumerate(items):
            comma = "," if i < len(items) - 1 else ""
            lines.append(f"{inner}{quote(k)}: {pretty(v, indent + step, step)}{comma}")
        lines.append(pad + "}")
        return "\n".join(lines)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        if all([not isinstance(v, (dict, list, tuple)) for v in value]):
            return "[" + ", ".join([pretty(v) for v in value]) + "]"
        lines = ["["]
        for i, v in enumerate(value):
            comma = "," if i < len(value) - 1 else ""
            lines.append(inner + pretty(v, indent + step, step) + comma)
        lines.append(pad + "]")
        return "\n".join(lines)
    return quote(value)
def quote(v):
    if isinstance(v, str):
        out = ['"']
        for ch in v:
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if v is True:
        return "true"
    if v is False:
        return "false"
    if v is None:
        return "null"
    return repr(v)
doc = {
    "name": "isola",
    "version": [0, 1, 0],
    "flags": {"debug": False, "opt": None, "level": 2.5},
    "deps": [{"name": "a", "tags": []}, {"name": "b\"q", "tags": ["x", "y"]}],
    "empty": {},
    "text": "line1\nline2\\",
}
print(pretty(doc))
print(pretty([1, [2, [3, {}]], "s"], step=4))
