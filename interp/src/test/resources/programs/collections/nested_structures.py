data = {
    "users": [
        {"name": "ann", "tags": ["admin", "dev"], "scores": (90, 85)},
        {"name": "ben", "tags": [], "scores": (70,)},
    ],
    "meta": {"count": 2, "ok": True},
}
print(data["users"][0]["tags"][1], data["meta"]["count"])
for u in data["users"]:
    print(u["name"], len(u["tags"]), sum(u["scores"]) / len(u["scores"]))
data["users"][1]["tags"].append("new")
data["meta"]["extra"] = {"deep": [1, [2, [3]]]}
print(data["meta"]["extra"]["deep"][1][1][0])
print(data)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
transposed = [list(col) for col in zip(*matrix)]
print(matrix, transposed)
flat = [x for row in matrix for x in row]
print(flat, flat[::4])
