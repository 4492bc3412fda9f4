# lit configuration for battc. Tests are *.test / *.py files under test/lit; each starts with RUN:.
import os
import lit.formats

config.name = "battc"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".test", ".py"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.battc_obj_root, "test", "lit")

config.substitutions.append(("%battc", os.path.join(config.battc_tools_dir, "battc")))
config.substitutions.append(("%batt-eval", os.path.join(config.battc_tools_dir, "batt-eval")))
config.substitutions.append(("%shared", config.shared_dir))
config.substitutions.append(("%python", config.python))
config.substitutions.append(("FileCheck", config.filecheck))
config.substitutions.append(("%not", config.not_tool))
