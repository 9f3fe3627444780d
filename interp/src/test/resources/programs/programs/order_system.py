# An ordering system: hand-written record classes with field validation,
# a stock ledger, discounts as composable decorators, and an error hierarchy
# that collects several validation failures into one exception.
import bisect
import operator


class OrderError(Exception):
    code = "E000"

    def __str__(self):
        return "[%s] %s" % (self.code, super().__str__())


class ValidationError(OrderError):
    code = "E100"


class FieldError(ValidationError):
    code = "E101"

    def __init__(self, record, field, value, why):
        super().__init__("%s.%s=%r: %s" % (record, field, value, why))
        self.field = field


class ManyErrors(ValidationError):
    code = "E199"

    def __init__(self, errors):
        super().__init__("%d problems" % len(errors))
        self.errors = errors


class StockError(OrderError):
    code = "E200"


class Field:
    """A descriptor that checks type and range on assignment."""

    def __init__(self, kind, minimum=None, choices=None):
        self.kind = kind
        self.minimum = minimum
        self.choices = choices

    def __set_name__(self, owner, name):
        self.name = name
        self.slot = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.slot)

    def __set__(self, obj, value):
        rec = type(obj).__name__
        if not isinstance(value, self.kind):
            raise FieldError(rec, self.name, value, "expected " + self.kind.__name__)
        if self.minimum is not None and value < self.minimum:
            raise FieldError(rec, self.name, value, "below %r" % self.minimum)
        if self.choices is not None and value not in self.choices:
            raise FieldError(rec, self.name, value, "not one of %s" % "/".join(self.choices))
        setattr(obj, self.slot, value)


class Record:
    """Hand-made dataclass: fields come from Field attributes in order."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.fields = [k for k, v in cls.__dict__.items() if isinstance(v, Field)]

    def __init__(self, *args, **kwargs):
        values = dict(zip(self.fields, args))
        values.update(kwargs)
        errors = []
        for name in self.fields:
            if name not in values:
                errors.append(FieldError(type(self).__name__, name, None, "missing"))
                continue
            try:
                setattr(self, name, values[name])
            except FieldError as e:
                errors.append(e)
        if len(errors) == 1:
            raise errors[0]
        if errors:
            raise ManyErrors(errors)

    def astuple(self):
        return tuple(getattr(self, f) for f in self.fields)

    def __repr__(self):
        args = ", ".join("%s=%r" % (f, getattr(self, f)) for f in self.fields)
        return "%s(%s)" % (type(self).__name__, args)

    def __eq__(self, other):
        return type(self) is type(other) and self.astuple() == other.astuple()

    def __hash__(self):
        return hash(self.astuple())


class Product(Record):
    sku = Field(str)
    name = Field(str)
    price = Field(int, minimum=1)
    category = Field(str, choices=("tool", "food", "toy"))


class Line(Record):
    sku = Field(str)
    qty = Field(int, minimum=1)


class Inventory:
    def __init__(self):
        self.products = {}
        self.stock = {}
        self.history = []

    def add(self, product, qty):
        self.products[product.sku] = product
        self.stock[product.sku] = self.stock.get(product.sku, 0) + qty
        self.history.append(("in", product.sku, qty))

    def reserve(self, lines):
        """All-or-nothing: check every line first, then take the stock."""
        for line in lines:
            if line.sku not in self.products:
                raise StockError("unknown sku %s" % line.sku)
            have = self.stock[line.sku]
            if have < line.qty:
                raise StockError("only %d of %s left, %d wanted" % (have, line.sku, line.qty))
        for line in lines:
            self.stock[line.sku] -= line.qty
            self.history.append(("out", line.sku, line.qty))

    def low_stock(self, limit):
        return sorted((q, s) for s, q in self.stock.items() if q <= limit)


def discount(label):
    def decorate(rule):
        def apply(order, subtotal):
            cut = rule(order, subtotal)
            if cut:
                order.notes.append("%s -%d" % (label, cut))
            return subtotal - cut
        apply.label = label
        return apply
    return decorate


@discount("bulk")
def bulk(order, subtotal):
    return subtotal // 10 if sum(l.qty for l in order.lines) >= 10 else 0


@discount("toys")
def toys(order, subtotal):
    return sum(3 * l.qty for l in order.lines if order.inv.products[l.sku].category == "toy")


SHIPPING = [(0, 700), (2000, 400), (5000, 0)]


class Order:
    next_id = 1000
    rules = [toys, bulk]

    def __init__(self, inv, customer, lines):
        self.inv = inv
        self.customer = customer
        self.lines = lines
        self.notes = []
        self.id = Order.next_id
        Order.next_id += 1

    @staticmethod
    def shipping(amount):
        keys = [k for k, _ in SHIPPING]
        return SHIPPING[bisect.bisect_right(keys, amount) - 1][1]

    def total(self):
        subtotal = sum(self.inv.products[l.sku].price * l.qty for l in self.lines)
        amount = subtotal
        for rule in self.rules:
            amount = rule(self, amount)
        ship = self.shipping(amount)
        return subtotal, amount, ship, amount + ship

    def place(self):
        self.inv.reserve(self.lines)
        return self.total()


inv = Inventory()
catalog = [("T1", "hammer", 1299, "tool", 5), ("T2", "saw", 2450, "tool", 2),
           ("F1", "apple", 45, "food", 100), ("Y1", "yo-yo", 350, "toy", 12),
           ("Y2", "kite", 1800, "toy", 1)]
for sku, name, price, cat, qty in catalog:
    inv.add(Product(sku, name, price, cat), qty)
print(Product.fields, Line.fields, type(Product.__dict__["price"]).__name__)
print(inv.products["T1"], inv.products["T1"] == Product("T1", "hammer", 1299, "tool"))
print(len({inv.products["T1"], Product("T1", "hammer", 1299, category="tool")}))

orders = [
    ("ann", [("T1", 1), ("F1", 12)]),
    ("bob", [("Y1", 4), ("Y2", 1)]),
    ("cat", [("Y2", 1)]),
    ("dan", [("T2", 2), ("T1", 3), ("F1", 30)]),
    ("eve", [("Z9", 1)]),
    ("fay", [("F1", 20), ("Y1", 8)]),
]
for customer, spec in orders:
    try:
        lines = [Line(sku, qty) for sku, qty in spec]
        order = Order(inv, customer, lines)
        sub, net, ship, total = order.place()
        print("order %d %-4s sub=%6d net=%6d ship=%3d total=%6d %s" % (
            order.id, customer, sub, net, ship, total, order.notes))
    except OrderError as e:
        print("order for %s failed: %s (%s)" % (customer, e, type(e).__name__))

bad_inputs = [
    lambda: Product("X1", "thing", 0, "tool"),
    lambda: Product("X2", "thing", 10, "car"),
    lambda: Product("X3", 42, "ten", "toy"),
    lambda: Product("X4"),
    lambda: Line("T1", qty=-2),
]
for make in bad_inputs:
    try:
        make()
    except ManyErrors as e:
        print(e)
        for sub in e.errors:
            print("   ", sub, "field:", sub.field)
    except ValidationError as e:
        print(e, "| field:", e.field, "| is OrderError:", isinstance(e, OrderError))

print("stock:", sorted(inv.stock.items()))
print("low:", inv.low_stock(5))
print("history:", len(inv.history), inv.history[-3:])
print("shipping:", [Order.shipping(a) for a in (0, 1999, 2000, 4999, 5000, 99999)])
print("rules:", [r.label for r in Order.rules], "next id:", Order.next_id)
by_value = sorted(inv.products.values(), key=operator.attrgetter("price"), reverse=True)
print([p.name for p in by_value])
print(sorted(inv.history, key=operator.itemgetter(2, 1))[:4])
