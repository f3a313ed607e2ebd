"""商品: the products page, the editor and its tabs, review, export, images and the category picker."""
