# exit: 1
# stderr:
# Three frames, none with caret lines in python3.11 or 3.13/3.14 (see traceback_two_frames.py).
class Sensor:
    @property
    def reading(self):
        self.calibrated
        return 0

    @property
    def calibrated(self):
        raise KeyError("deep")

s = Sensor()
print("three frames")
s.reading
