#ifndef CZLIBSUPPORT_SHIM_H
#define CZLIBSUPPORT_SHIM_H
#include <zlib.h>
#endif
