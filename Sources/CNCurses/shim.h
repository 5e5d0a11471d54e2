#ifndef CAMPAIGN_SIM_CNCURSES_SHIM_H
#define CAMPAIGN_SIM_CNCURSES_SHIM_H
// Wide-character curses needs these before the header, or cchar_t and friends are missing.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include <ncursesw/ncurses.h>

// Swift 6 rejects curses' global variables and does not import its macros: small accessors.
static inline int cs_attr_bold(void) { return (int)A_BOLD; }
static inline int cs_attr_reverse(void) { return (int)A_REVERSE; }
static inline int cs_attr_underline(void) { return (int)A_UNDERLINE; }
static inline int cs_attr_dim(void) { return (int)A_DIM; }
static inline int cs_attr_normal(void) { return (int)A_NORMAL; }
static inline int cs_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int cs_colors(void) { return COLORS; }
static inline int cs_key_resize(void) { return KEY_RESIZE; }
static inline int cs_err(void) { return ERR; }
static inline WINDOW *stdscr_window(void) { return stdscr; }
// A screen on the process's own stdin/stdout (Swift 6 cannot name those globals).
static inline SCREEN *cs_newterm(void) { return newterm(NULL, stdout, stdin); }
static inline int cs_lines(WINDOW *w) { return getmaxy(w); }
static inline int cs_cols(WINDOW *w) { return getmaxx(w); }
static inline int cs_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs && (cs[0] == 'U' || cs[0] == 'u') && (cs[1] == 'T' || cs[1] == 't') && (cs[2] == 'F' || cs[2] == 'f');
}
// Puts a UTF-8 string with attributes at (y, x) without moving past the line end.
static inline void cs_put(WINDOW *w, int y, int x, const char *s, int attrs) {
    wattrset(w, attrs);
    mvwaddstr(w, y, x, s);
}
#endif
