#!/usr/bin/env python3
# -*- coding: utf-8 -*-
x = 1 # inline
if x: # after colon
    # inside block
    pass
#end