# Cross-compiles for 64-bit Windows with Debian's MinGW-w64 (the posix thread model, so std::thread works).
# The GCC runtime, libstdc++ and winpthread are linked statically: the .exe files then run under wine or on a
# bare Windows machine without shipping libgcc_s_seh-1.dll, libstdc++-6.dll or libwinpthread-1.dll.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(TRITIUM_MINGW_TRIPLE x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${TRITIUM_MINGW_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${TRITIUM_MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${TRITIUM_MINGW_TRIPLE}-windres)
set(CMAKE_FIND_ROOT_PATH /usr/${TRITIUM_MINGW_TRIPLE})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")
# CTest runs the cross-built executables through wine when it is installed (ctest --test-dir build-mingw).
find_program(TRITIUM_WINE NAMES wine wine64)
if(TRITIUM_WINE)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${TRITIUM_WINE})
endif()
