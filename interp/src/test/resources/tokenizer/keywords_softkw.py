match x:
    case [a, *rest]:
        pass
    case _:
        pass
async def g():
    await h()
