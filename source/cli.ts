#!/usr/bin/env node
console.log('bell-reader');
