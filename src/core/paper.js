"use strict";
/** The Paper model shared by every layer. Pure types, no runtime. */
Object.defineProperty(exports, "__esModule", { value: true });
