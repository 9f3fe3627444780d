# A plugin registry and a singleton: two common metaclass idioms, with refcounts that must balance.
class Registry(type):
    plugins = {}

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.plugins[name.lower()] = cls
        return cls

    def __getitem__(cls, key):
        return cls.plugins[key]

    def __iter__(cls):
        return iter(sorted(cls.plugins))

    @property
    def count(cls):
        return len(cls.plugins)


class Plugin(metaclass=Registry):
    def run(self):
        return type(self).__name__ + " ran"


class Alpha(Plugin):
    pass


class Beta(Plugin):
    def run(self):
        return "beta: " + super().run()


print(list(Plugin), Plugin.count)
print(Plugin['alpha']().run(), Plugin['beta']().run())
try:
    Plugin['gamma']
except KeyError as e:
    print("KeyError", e)


class Singleton(type):
    def __init__(cls, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cls._instance = None

    def __call__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance


class Config(metaclass=Singleton):
    def __init__(self, name):
        self.name = name


a = Config("first")
b = Config("second")
print(a is b, a.name, Config.__name__, type(Config).__name__)


# Classes made by a metaclass are freed with it: make and drop many.
for i in range(50):
    K = Registry("Temp%d" % i, (), {"i": i})
print(K.i, len(Registry.plugins), type(Registry.__dict__["count"]).__name__)


def meta_func(name, bases, ns, **kw):
    ns["made_by"] = "meta_func"
    return type(name, bases, ns)


class F(metaclass=meta_func):
    pass


print(F.made_by, type(F))
print(type.__prepare__("X", ()), type(Registry.__prepare__("X", ())))
