# RUN: %battc inspect --emit=ast %s 2>&1 | FileCheck %s
# Imports are accepted and ignored: every primitive and constant is always in scope (as
# pyref.py runs solver files). They are kept in the AST.
from dsl import *
from constants import ONE, TWO
from arc_types import (Grid,
                       Object,)
import dsl, constants as c
from . import helpers
from ..pkg.mod import *

def solve_uses_everything(I):
    O = upscale(I, THREE)
    return O

# CHECK-NOT: error
# CHECK: Module {{.*}}imports.py
# CHECK-NEXT:   Import dsl <4:6>
# CHECK-NEXT:   Import constants <5:6>
# CHECK-NEXT:   Import arc_types <6:6>
# CHECK-NEXT:   Import dsl <8:8>
# CHECK-NEXT:   Import constants <8:13>
# CHECK-NEXT:   Import . <9:6>
# CHECK-NEXT:   Import pkg.mod <10:8>
# CHECK-NEXT:   Function solve_uses_everything <12:5>
# CHECK: 1 solvers, 1 unique
