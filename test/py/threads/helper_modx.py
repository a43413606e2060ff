# skip: helper module imported by compile_in_threads.py
VALUE = 41
