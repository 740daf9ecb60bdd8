import fs from 'node:fs';
import loadHighs from 'highs';
import { projects, targets } from './.tmp-time.ts';
