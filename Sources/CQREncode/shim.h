#ifndef CAMPAIGN_SIM_CQRENCODE_SHIM_H
#define CAMPAIGN_SIM_CQRENCODE_SHIM_H
// Debian's libqrencode (libqrencode-dev): QR codes for the workshop room's address.
#include <qrencode.h>
#endif
