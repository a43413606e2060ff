# __name__ is "__main__" only in the script; the imported module's guard does not run
import helper_mod_util
print("main script __name__ =", __name__)
def main():
    print("main() called, helper CONST =", helper_mod_util.CONST)
if __name__ == "__main__":
    main()
else:
    print("not printed")
