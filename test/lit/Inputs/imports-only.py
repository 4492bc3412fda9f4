from dsl import *
from constants import *
# Nothing but imports and comments.
