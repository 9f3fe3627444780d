# A text adventure as a state machine: rooms, items and a player driven by a
# scripted list of commands; commands dispatch through a decorator registry
# and game events are reported through a generator-based event bus.


class GameError(Exception):
    """Base of everything the parser reports back to the player."""


class UnknownCommand(GameError):
    def __init__(self, verb):
        super().__init__("I don't know how to %r." % verb)
        self.verb = verb


class CannotGo(GameError):
    pass


class ItemError(GameError):
    def __init__(self, item, why):
        super().__init__("%s: %s" % (item, why))
        self.item = item


class GameOver(Exception):
    def __init__(self, won, reason):
        super().__init__(reason)
        self.won = won


COMMANDS = {}


def command(*verbs, needs_object=False):
    def register(fn):
        def wrapper(game, obj):
            if needs_object and not obj:
                raise GameError("%s what?" % verbs[0].capitalize())
            return fn(game, obj)
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        for v in verbs:
            COMMANDS[v] = wrapper
        return wrapper
    return register


class Item:
    def __init__(self, name, weight=1, portable=True, light=False):
        self.name = name
        self.weight = weight
        self.portable = portable
        self.light = light

    def __repr__(self):
        return "Item(%r)" % self.name


class Room:
    def __init__(self, name, desc, dark=False):
        self.name = name
        self.desc = desc
        self.dark = dark
        self.exits = {}
        self.items = {}
        self.locked = {}

    def connect(self, direction, other, back=None, key=None):
        self.exits[direction] = other
        if key:
            self.locked[direction] = key
        if back:
            other.exits[back] = self
        return self

    def add(self, *items):
        for it in items:
            self.items[it.name] = it
        return self


class Player:
    MAX_WEIGHT = 5

    def __init__(self, room):
        self.room = room
        self.inventory = {}
        self.moves = 0
        self._score = 0

    @property
    def load(self):
        return sum(it.weight for it in self.inventory.values())

    @property
    def score(self):
        return self._score

    @score.setter
    def score(self, value):
        if value < self._score:
            raise ValueError("score never decreases")
        self._score = value

    def has_light(self):
        return any(it.light for it in self.inventory.values())


def event_bus():
    """Receives events by send(); yields a summary string when sent None."""
    seen = {}
    summary = None
    while True:
        ev = yield summary
        summary = None
        if ev is None:
            summary = ", ".join("%s=%d" % kv for kv in sorted(seen.items()))
        else:
            seen[ev] = seen.get(ev, 0) + 1


class Game:
    def __init__(self):
        hall = Room("hall", "A dusty hall.")
        library = Room("library", "Shelves of rotting books.")
        cellar = Room("cellar", "Damp stone walls.", dark=True)
        vault = Room("vault", "Gold glitters everywhere!")
        hall.connect("north", library, back="south")
        hall.connect("down", cellar, back="up")
        cellar.connect("east", vault, back="west", key="iron key")
        hall.add(Item("lamp", 2, light=True), Item("statue", 9, portable=False))
        library.add(Item("book", 1), Item("iron key", 1), Item("anvil", 6))
        vault.add(Item("gold", 3))
        self.player = Player(hall)
        self.bus = event_bus()
        next(self.bus)
        self.output = []

    def say(self, text):
        self.output.append(text)
        print("   " + text)

    def emit(self, name):
        self.bus.send(name)

    def step(self, line):
        words = line.lower().split()
        if not words:
            return
        verb, obj = words[0], " ".join(words[1:])
        handler = COMMANDS.get(verb)
        try:
            if handler is None:
                raise UnknownCommand(verb)
            handler(self, obj)
            self.player.moves += 1
        except GameError as e:
            self.emit("error")
            self.say("! " + str(e))


@command("look", "l")
def do_look(game, obj):
    """Describe the room."""
    room = game.player.room
    if room.dark and not game.player.has_light():
        game.say("It is pitch dark.")
        return
    game.say("%s: %s" % (room.name, room.desc))
    if room.items:
        game.say("You see: " + ", ".join(sorted(room.items)))
    game.say("Exits: " + " ".join(sorted(room.exits)))


@command("go", "walk", needs_object=True)
def do_go(game, direction):
    """Move in a direction."""
    room = game.player.room
    if direction not in room.exits:
        raise CannotGo("You can't go %s from the %s." % (direction, room.name))
    key = room.locked.get(direction)
    if key and key not in game.player.inventory:
        raise CannotGo("The way %s is locked." % direction)
    if key:
        del room.locked[direction]
        game.say("You unlock the door with the %s." % key)
    game.player.room = room.exits[direction]
    game.emit("move")
    do_look(game, "")


@command("take", "get", needs_object=True)
def do_take(game, name):
    """Pick something up."""
    room = game.player.room
    if room.dark and not game.player.has_light():
        raise ItemError(name, "you fumble in the dark")
    item = room.items.get(name)
    if item is None:
        raise ItemError(name, "not here")
    if not item.portable:
        raise ItemError(name, "too heavy to lift")
    if game.player.load + item.weight > Player.MAX_WEIGHT:
        raise ItemError(name, "you carry %d already" % game.player.load)
    game.player.inventory[name] = room.items.pop(name)
    game.player.score += 10 if name == "gold" else 1
    game.emit("take")
    game.say("Taken %s (load %d)." % (name, game.player.load))
    if name == "gold":
        raise GameOver(True, "You found the gold in %d moves!" % (game.player.moves + 1))


@command("drop", needs_object=True)
def do_drop(game, name):
    """Put something down."""
    item = game.player.inventory.pop(name, None)
    if item is None:
        raise ItemError(name, "you don't have it")
    game.player.room.add(item)
    game.emit("drop")
    game.say("Dropped %s." % name)


@command("inventory", "i")
def do_inventory(game, obj):
    """List what you carry."""
    inv = game.player.inventory
    game.say("You carry: " + (", ".join(sorted(inv)) if inv else "nothing"))


@command("help")
def do_help(game, obj):
    """List commands."""
    seen = {}
    for verb, fn in COMMANDS.items():
        seen.setdefault(fn.__name__, []).append(verb)
    for name in sorted(seen):
        game.say("%-12s %-18s %s" % (name, "/".join(seen[name]), COMMANDS[seen[name][0]].__doc__))


SCRIPT = """
help
look
take statue
take lamp
north
go north
take anvil
take book
take iron key
take anvil
i
go west
go south
drop book
go down
go east
look
dance
take
take gold
drop iron key
take gold
look
"""

game = Game()
try:
    for line in SCRIPT.strip().splitlines():
        print("> " + line)
        game.step(line)
except GameOver as over:
    print("GAME OVER:", over, "won" if over.won else "lost")
finally:
    p = game.player
    print("moves=%d score=%d load=%d room=%s" % (p.moves, p.score, p.load, p.room.name))
    print("events:", game.bus.send(None))
    print("lines of output:", len(game.output))

try:
    game.player.score = 0
except ValueError as e:
    print("score:", e)
print(sorted(COMMANDS), do_go.__name__, do_go.__doc__)
