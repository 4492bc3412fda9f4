# RUN: %battc inspect --emit=ast %s | FileCheck %s
# --emit=ast: one node per line with its <line:col>; names show what they resolved to.
from dsl import *
from constants import *


def solve_ast(I):
    """Docstring."""
    x1 = rbind(shift, (0, -1))
    x2 = x1(I)
    O = branch(True, x2, NEG_ONE)
    return O

# CHECK:      Module {{.*}}emit-ast.py
# CHECK-NEXT:   Import dsl <3:6>
# CHECK-NEXT:   Import constants <4:6>
# CHECK-NEXT:   Function solve_ast <7:5>
# CHECK-NEXT:     Parameter I <7:15>
# CHECK-NEXT:     Docstring <8:5>
# CHECK-NEXT:     Assign x1 <9:5>
# CHECK-NEXT:       Call <9:10>
# CHECK-NEXT:         Name rbind <9:10> primitive
# CHECK-NEXT:         Name shift <9:16> primitive
# CHECK-NEXT:         Tuple <9:23>
# CHECK-NEXT:           Integer 0 <9:24>
# CHECK-NEXT:           Integer -1 <9:27>
# CHECK-NEXT:     Assign x2 <10:5>
# CHECK-NEXT:       Call <10:10>
# CHECK-NEXT:         Name x1 <10:10> local 0
# CHECK-NEXT:         Name I <10:13> parameter 0
# CHECK-NEXT:     Assign O <11:5>
# CHECK-NEXT:       Call <11:9>
# CHECK-NEXT:         Name branch <11:9> primitive
# CHECK-NEXT:         Bool True <11:16>
# CHECK-NEXT:         Name x2 <11:22> local 1
# CHECK-NEXT:         Name NEG_ONE <11:26> constant
# CHECK-NEXT:     Return <12:5>
# CHECK-NEXT:       Name O <12:12> local 2
# CHECK-NEXT: 1 solvers, 1 unique, 0 duplicate groups, 3 call nodes
