# Class-heavy: method calls, attribute reads and writes, operator dunders, inheritance and
# super() on objects of several classes (a small particle system).
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Body:
    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass

    def step(self, dt):
        self.pos = self.pos + self.vel.scale(dt)

    def energy(self):
        return 0.5 * self.mass * self.vel.dot(self.vel)


class Heavy(Body):
    def energy(self):
        return super().energy() * 2


class Damped(Body):
    def step(self, dt):
        super().step(dt)
        self.vel = self.vel.scale(0.999)


def bench():
    kinds = (Body, Heavy, Damped)
    bodies = [kinds[i % 3](Vec(i, -i), Vec(1.5, 0.5 * i), 1 + i % 7) for i in range(100)]
    for _ in range(300):
        for b in bodies:
            b.step(0.01)
    return round(sum(b.energy() for b in bodies), 6)


if __name__ == "__main__":
    print(bench())
