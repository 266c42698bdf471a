-- One database per service: each department stays master of its own store.
CREATE DATABASE registry;
CREATE DATABASE jobcentre;
CREATE DATABASE family;
CREATE DATABASE adult_social;
CREATE DATABASE consent;
