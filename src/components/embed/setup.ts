// /embed/setup.js: the first script of every embed, a blocking classic one in <head>.
import { answerFetchFromTwins } from './opaqueFetch';
import { applyTheme } from './theme';

applyTheme();
answerFetchFromTwins();
