#!/bin/sh
# macOS: double-click in Finder to start DequantLab (Terminal shows its messages).
exec "$(dirname "$0")/dequantlab" "$@"
