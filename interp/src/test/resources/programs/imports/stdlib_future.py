# __future__ is a real module from the runtime's own standard library.
from __future__ import annotations
import __future__

print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature.getOptionalRelease(), feature.getMandatoryRelease(), hex(feature.compiler_flag))
print(repr(__future__.annotations))
print(annotations is __future__.annotations)
