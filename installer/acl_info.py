import ctypes, sys
from ctypes import wintypes as W
adv = ctypes.WinDLL("advapi32")
path = sys.argv[1]
sd = ctypes.c_void_p()
dacl = ctypes.c_void_p()
SE_FILE_OBJECT = 1
DACL_SECURITY_INFORMATION = 4
rc = adv.GetNamedSecurityInfoW(ctypes.c_wchar_p(path), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, None, None, ctypes.byref(dacl), None, ctypes.byref(sd))
print("rc", rc)
s = ctypes.c_wchar_p()
n = W.ULONG()
ok = adv.ConvertSecurityDescriptorToStringSecurityDescriptorW(sd, 1, DACL_SECURITY_INFORMATION, ctypes.byref(s), ctypes.byref(n))
print("ok", ok, s.value)
